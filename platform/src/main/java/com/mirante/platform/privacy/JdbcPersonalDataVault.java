package com.mirante.platform.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.mirante.api.guest.PersonalData;
import com.mirante.api.guest.PersonalDataVault;
import com.mirante.api.guest.SealedPersonalData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The vault on PostgreSQL: AES-256-GCM under one random data key per guest, kept in
 * {@code personal_data_key}. The sealed form is Base64 of a random 12-byte IV followed by the
 * ciphertext and its tag; the guest id is authenticated with it, so a sealed record pasted onto
 * another guest does not open. Axon handles commands in a Spring transaction on the same data
 * source, so a key created or shredded by a command commits or rolls back with its events.
 */
public class JdbcPersonalDataVault implements PersonalDataVault {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcTemplate jdbc;
    private final String table;
    private final SecureRandom random = new SecureRandom();
    private final ObjectMapper json = JsonMapper.builder()
            .findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** @param table the key table, qualified with its schema */
    public JdbcPersonalDataVault(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    @Override
    public SealedPersonalData seal(long guestId, PersonalData data) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] encrypted = crypt(Cipher.ENCRYPT_MODE, dataKey(guestId), iv, guestId, serialize(data));
        byte[] sealed = ByteBuffer.allocate(IV_BYTES + encrypted.length).put(iv).put(encrypted).array();
        return new SealedPersonalData(Base64.getEncoder().encodeToString(sealed));
    }

    @Override
    public Optional<PersonalData> open(long guestId, SealedPersonalData sealed) {
        return existingKey(guestId).map(key -> {
            byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
            byte[] iv = Arrays.copyOfRange(bytes, 0, IV_BYTES);
            byte[] encrypted = Arrays.copyOfRange(bytes, IV_BYTES, bytes.length);
            return deserialize(crypt(Cipher.DECRYPT_MODE, key, iv, guestId, encrypted));
        });
    }

    @Override
    public void shred(long guestId) {
        jdbc.update("DELETE FROM " + table + " WHERE guest_id = ?", guestId);
    }

    /** Inserting first and reading back makes concurrent first seals of one guest agree on one key. */
    private byte[] dataKey(long guestId) {
        byte[] candidate = new byte[KEY_BYTES];
        random.nextBytes(candidate);
        jdbc.update("INSERT INTO " + table + " (guest_id, data_key) VALUES (?, ?) ON CONFLICT (guest_id) DO NOTHING",
                guestId, candidate);
        return existingKey(guestId).orElseThrow(() ->
                new IllegalStateException("Data key of guest " + guestId + " vanished while sealing"));
    }

    private Optional<byte[]> existingKey(long guestId) {
        List<byte[]> keys = jdbc.query("SELECT data_key FROM " + table + " WHERE guest_id = ?",
                (row, index) -> row.getBytes(1), guestId);
        return keys.stream().findFirst();
    }

    private static byte[] crypt(int mode, byte[] key, byte[] iv, long guestId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(ByteBuffer.allocate(Long.BYTES).putLong(guestId).array());
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // Never a missing key (that is an empty open): a tampered record or one sealed for another guest.
            throw new IllegalStateException("Personal data of guest " + guestId + " does not "
                    + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open"), e);
        }
    }

    private byte[] serialize(PersonalData data) {
        try {
            return json.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Personal data does not serialize", e);
        }
    }

    private PersonalData deserialize(byte[] clear) {
        try {
            return json.readValue(clear, PersonalData.class);
        } catch (IOException e) {
            throw new IllegalStateException("Opened personal data does not deserialize", e);
        }
    }
}
