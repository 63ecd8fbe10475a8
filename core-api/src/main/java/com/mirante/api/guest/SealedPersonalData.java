package com.mirante.api.guest;

import java.util.Objects;

/**
 * A guest's {@link PersonalData} encrypted under that guest's own data key, as events carry it.
 * Once the key is shredded it can never be read again, although the event store keeps it.
 *
 * @param ciphertext opaque to everyone but the {@link PersonalDataVault} that sealed it
 */
public record SealedPersonalData(String ciphertext) {

    public SealedPersonalData {
        Objects.requireNonNull(ciphertext, "ciphertext");
    }
}
