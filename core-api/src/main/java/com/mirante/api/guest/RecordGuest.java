package com.mirante.api.guest;

import com.mirante.api.source.SourcePosition;
import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The CRM holds this guest as described. The personal data is in clear here: the aggregate
 * seals it before anything is stored.
 *
 * @param loyaltyTier  the CRM's tier code ({@code BRONZE}, {@code PRATA}, {@code OURO}, {@code DIAMANTE}); null when none
 * @param registeredAt when the guest was registered, in the hotel's local wall-clock time
 */
public record RecordGuest(
        long guestId,
        PersonalData personalData,
        String city,
        String state,
        String country,
        boolean marketingConsent,
        String loyaltyTier,
        LocalDateTime registeredAt,
        SourcePosition source) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return GuestIds.aggregateId(guestId);
    }
}
