package com.mirante.platform.privacy;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM bound to a guest: the output is a random 12-byte IV followed by the ciphertext and
 * its tag, and the guest id is authenticated with it, so what was sealed for one guest does not
 * open for another. Seals the personal data under a guest's data key, and the data key under a
 * local master key.
 */
final class GuestCipher {

    static final int KEY_BYTES = 32;
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private GuestCipher() {
    }

    static byte[] randomKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    static byte[] seal(byte[] key, long guestId, byte[] clear) throws GeneralSecurityException {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] encrypted = cipher(Cipher.ENCRYPT_MODE, key, iv, guestId).doFinal(clear);
        return ByteBuffer.allocate(IV_BYTES + encrypted.length).put(iv).put(encrypted).array();
    }

    /** Fails on a tampered input, one sealed for another guest, or under another key. */
    static byte[] open(byte[] key, long guestId, byte[] sealed) throws GeneralSecurityException {
        return cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOfRange(sealed, 0, IV_BYTES), guestId)
                .doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
    }

    private static Cipher cipher(int mode, byte[] key, byte[] iv, long guestId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(ByteBuffer.allocate(Long.BYTES).putLong(guestId).array());
        return cipher;
    }
}
