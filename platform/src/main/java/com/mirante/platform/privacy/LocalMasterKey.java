package com.mirante.platform.privacy;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An AES-256 master key of the installation's own, from its configuration, wrapping data keys with
 * {@link GuestCipher}. Its id is a fingerprint (the start of the key's SHA-256), so a row tells
 * which configured key opens it without revealing anything of the key.
 */
final class LocalMasterKey implements MasterKey {

    private final byte[] key;
    private final String id;

    /** @param source where the key came from, named in an error */
    LocalMasterKey(byte[] key, String source) {
        if (key.length != GuestCipher.KEY_BYTES) {
            throw new IllegalArgumentException(source + " holds " + key.length + " bytes, not an AES-256 key of "
                    + GuestCipher.KEY_BYTES + " (generate one with: openssl rand -base64 32)");
        }
        this.key = key.clone();
        this.id = "local:" + HexFormat.of().formatHex(Arrays.copyOf(sha256(key), 8));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public byte[] wrap(long guestId, byte[] dataKey) {
        try {
            return GuestCipher.seal(key, guestId, dataKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot wrap the data key of guest " + guestId, e);
        }
    }

    @Override
    public byte[] unwrap(long guestId, byte[] wrapped) {
        try {
            return GuestCipher.open(key, guestId, wrapped);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The data key of guest " + guestId + " does not unwrap under master key "
                    + id + ": it was tampered with or moved from another guest", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
