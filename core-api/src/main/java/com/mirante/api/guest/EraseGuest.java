package com.mirante.api.guest;

import com.mirante.api.source.SourcePosition;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The guest was deleted from the CRM: an erasure request under the LGPD. */
public record EraseGuest(long guestId, SourcePosition source) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return GuestIds.aggregateId(guestId);
    }
}
