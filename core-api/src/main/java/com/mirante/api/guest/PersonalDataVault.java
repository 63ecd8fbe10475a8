package com.mirante.api.guest;

import java.util.Optional;

/**
 * Crypto-shredding for the immutable event store: each guest's personal data is sealed under a
 * data key of its own, and erasing the guest destroys that key, which makes every copy of the
 * data in past events unreadable, also on replay.
 */
public interface PersonalDataVault {

    /** Encrypts under the guest's data key, creating the key on the guest's first seal. */
    SealedPersonalData seal(long guestId, PersonalData data);

    /** The clear data, or empty once the guest's key has been shredded. */
    Optional<PersonalData> open(long guestId, SealedPersonalData sealed);

    /** Destroys the guest's data key for good; shredding an unknown or shredded guest does nothing. */
    void shred(long guestId);
}
