package com.mirante.gateway.erasure;

import com.mirante.gateway.sqs.DeadLetterRedaction;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Dead letters lose an erased guest's personal data. Redacted rather than deleted: a dead letter
 * is evidence of why a record could not be applied (its reason, its table, operation, position and
 * the other columns), which an operator may still need to fix the legacy side or the gateway; the
 * guest's personal values are no part of that evidence. The database is asked only about bodies
 * that name a guest.
 */
@Component
class ErasedGuestRedaction implements DeadLetterRedaction {

    private static final Logger log = LoggerFactory.getLogger(ErasedGuestRedaction.class);

    private final DeadLetterBodies bodies;
    private final ErasedGuests erasedGuests;

    ErasedGuestRedaction(DeadLetterBodies bodies, ErasedGuests erasedGuests) {
        this.bodies = bodies;
        this.erasedGuests = erasedGuests;
    }

    @Override
    public String redact(String body) {
        Set<Long> named = bodies.guestsNamed(body);
        Set<Long> erased = erasedGuests.among(named);
        if (erased.isEmpty()) {
            return body;
        }
        String redacted = bodies.redact(body, erased);
        if (!redacted.equals(body)) {
            // The guest's id only: never a value.
            log.info("Dead-letter body redacted for erased guest(s) {}", erased);
        }
        return redacted;
    }
}
