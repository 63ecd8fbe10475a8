package com.mirante.api.guest;

import com.mirante.api.source.SourcePosition;
import java.time.LocalDateTime;

/**
 * The guest became known, as the CRM first showed it.
 *
 * @param loyaltyTier  the CRM's tier code, kept as business vocabulary; null when none
 * @param registeredAt in the hotel's local wall-clock time
 */
public record GuestRegistered(
        long guestId,
        SealedPersonalData personalData,
        String city,
        String state,
        String country,
        boolean marketingConsent,
        String loyaltyTier,
        LocalDateTime registeredAt,
        SourcePosition source) {
}
