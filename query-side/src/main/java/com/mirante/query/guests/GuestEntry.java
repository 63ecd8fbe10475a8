package com.mirante.query.guests;

import com.mirante.api.guest.SealedPersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One guest's profile in the guests query model. The personal data stays sealed as the events
 * carry it (LGPD): it is opened through the vault at read time, so shredding the guest's key
 * makes this row unreadable at once, without waiting for the projection. The API reads it through
 * JPA; the projection changes it in memory and writes it with {@link GuestTables}.
 */
@Entity
@Table(name = "guests")
public class GuestEntry {

    @Id
    @Column(name = "guest_id")
    private long guestId;
    private String sealedPersonalData;
    private String city;
    private String state;
    private String country;
    private String loyaltyTier;
    private boolean marketingConsent;

    protected GuestEntry() {
    }

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

    public long getGuestId() {
        return guestId;
    }

    public SealedPersonalData getSealedPersonalData() {
        return sealedPersonalData == null ? null : new SealedPersonalData(sealedPersonalData);
    }

    public String getCity() {
        return city;
    }

    public String getState() {
        return state;
    }

    public String getCountry() {
        return country;
    }

    public String getLoyaltyTier() {
        return loyaltyTier;
    }

    public boolean isMarketingConsent() {
        return marketingConsent;
    }
}
