package com.mirante.platform.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.mirante.api.guest.PersonalData;
import com.mirante.api.guest.PersonalDataVault;
import com.mirante.api.guest.SealedPersonalData;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The vault on PostgreSQL: AES-256-GCM ({@link GuestCipher}) under one random data key per guest,
 * kept in {@code personal_data_key} wrapped under the master key ({@link MasterKeys}), so that the
 * database alone opens nothing. The sealed form is Base64 of the cipher's output; the guest id is
 * authenticated with it, so a sealed record pasted onto another guest does not open. Axon handles
 * commands in a Spring transaction on the same data source, so a key created or shredded by a
 * command commits or rolls back with its events.
 */
public class JdbcPersonalDataVault implements PersonalDataVault {

    private record WrappedKey(byte[] wrapped, String masterKeyId) {
    }

    private final JdbcTemplate jdbc;
    private final String table;
    private final MasterKeys masterKeys;
    private final DataKeyCache cache;
    private final ObjectMapper json = JsonMapper.builder()
            .findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** @param table the key table, qualified with its schema */
    JdbcPersonalDataVault(JdbcTemplate jdbc, String table, MasterKeys masterKeys, DataKeyCache cache) {
        this.jdbc = jdbc;
        this.table = table;
        this.masterKeys = masterKeys;
        this.cache = cache;
    }

    @Override
    public SealedPersonalData seal(long guestId, PersonalData data) {
        try {
            byte[] key = existingKey(guestId).orElseGet(() -> newKey(guestId));
            return new SealedPersonalData(Base64.getEncoder().encodeToString(GuestCipher.seal(key, guestId, serialize(data))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Personal data of guest " + guestId + " does not seal", e);
        }
    }

    @Override
    public Optional<PersonalData> open(long guestId, SealedPersonalData sealed) {
        return existingKey(guestId).map(key -> {
            try {
                return deserialize(GuestCipher.open(key, guestId, Base64.getDecoder().decode(sealed.ciphertext())));
            } catch (GeneralSecurityException e) {
                // Never a missing key (that is an empty open): a tampered record or one sealed for another guest.
                throw new IllegalStateException("Personal data of guest " + guestId + " does not open", e);
            }
        });
    }

    @Override
    public void shred(long guestId) {
        jdbc.update("DELETE FROM " + table + " WHERE guest_id = ?", guestId);
        cache.forget(guestId);
    }

    /**
     * A first seal wraps a new key and inserts it; reading back what the table holds then makes
     * concurrent first seals of one guest agree on one key (the loser unwraps the winner's).
     */
    private byte[] newKey(long guestId) {
        byte[] candidate = GuestCipher.randomKey();
        MasterKey master = masterKeys.current();
        byte[] wrapped = master.wrap(guestId, candidate);
        cache.remember(guestId, wrapped, candidate);
        jdbc.update("INSERT INTO " + table + " (guest_id, wrapped_key, master_key_id) VALUES (?, ?, ?)"
                + " ON CONFLICT (guest_id) DO NOTHING", guestId, wrapped, master.id());
        return existingKey(guestId).orElseThrow(() ->
                new IllegalStateException("Data key of guest " + guestId + " vanished while sealing"));
    }

    private Optional<byte[]> existingKey(long guestId) {
        List<WrappedKey> rows = jdbc.query("SELECT wrapped_key, master_key_id FROM " + table + " WHERE guest_id = ?",
                (row, index) -> new WrappedKey(row.getBytes(1), row.getString(2)), guestId);
        return rows.stream().findFirst().map(row -> cache.dataKey(guestId, row.wrapped(),
                () -> masterKeys.named(row.masterKeyId()).unwrap(guestId, row.wrapped())));
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
