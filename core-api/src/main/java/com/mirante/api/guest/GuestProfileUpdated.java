package com.mirante.api.guest;

import com.mirante.api.source.SourcePosition;

/** The guest's personal data or home town changed; carries the whole profile as it now is. */
public record GuestProfileUpdated(
        long guestId,
        SealedPersonalData personalData,
        String city,
        String state,
        String country,
        SourcePosition source) {
}
