package com.mirante.query.guests;

import com.mirante.api.guest.SealedPersonalData;

/**
 * One guest's profile in the guests query model. The personal data stays sealed as the events
 * carry it (LGPD): it is opened through the vault at read time, so shredding the guest's key
 * makes this row unreadable at once, without waiting for the projection. The projection changes it
 * in memory; {@link GuestTables} writes it and reads it back, for the projection and for the API.
 */
final class GuestEntry {

    private final long guestId;
    private String sealedPersonalData;
    private String city;
    private String state;
    private String country;
    private String loyaltyTier;
    private boolean marketingConsent;

    GuestEntry(long guestId) {
        this.guestId = guestId;
    }

    void describe(SealedPersonalData personalData, String city, String state, String country) {
        this.sealedPersonalData = personalData == null ? null : personalData.ciphertext();
        this.city = city;
        this.state = state;
        this.country = country;
    }

    void moveToTier(String loyaltyTier) {
        this.loyaltyTier = loyaltyTier;
    }

    void consentToMarketing(boolean consent) {
        this.marketingConsent = consent;
    }

    long getGuestId() {
        return guestId;
    }

    SealedPersonalData getSealedPersonalData() {
        return sealedPersonalData == null ? null : new SealedPersonalData(sealedPersonalData);
    }

    String getCity() {
        return city;
    }

    String getState() {
        return state;
    }

    String getCountry() {
        return country;
    }

    String getLoyaltyTier() {
        return loyaltyTier;
    }

    boolean isMarketingConsent() {
        return marketingConsent;
    }
}
