package com.mirante.query.guests;

import com.mirante.api.guest.PersonalData;
import com.mirante.platform.audit.PersonalDataView;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A guest as the API shows it: the profile with its personal data opened, and the stay figures. */
@PersonalDataView
public record GuestView(
        long guestId,
        String name,
        String email,
        String city,
        String state,
        String country,
        String loyaltyTier,
        boolean marketingConsent,
        long stays,
        long nights,
        BigDecimal lifetimeValue) {

    static GuestView of(GuestEntry entry, PersonalData personalData, GuestStays stays) {
        return new GuestView(
                entry.getGuestId(),
                personalData.name(),
                personalData.email(),
                entry.getCity(),
                entry.getState(),
                entry.getCountry(),
                entry.getLoyaltyTier(),
                entry.isMarketingConsent(),
                stays.stays(),
                stays.nights(),
                stays.lifetimeValue().setScale(2, RoundingMode.HALF_UP));
    }
}
