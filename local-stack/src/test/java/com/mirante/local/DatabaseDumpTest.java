package com.mirante.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mirante.embedded.EmbeddedRoles;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a stolen dump or backup of the database gives away: with every table of every schema read
 * out (zonky's PostgreSQL brings no pg_dump; COPY gives the same rows), an attacker who knows the
 * sealing scheme tries every 32-byte run of every binary value as a guest's data key, on every
 * sealed value, for every guest. Without the master key nothing opens; with it, the guests' data
 * opens, except an erased guest's, whose key is gone from the dump.
 */
@ExtendWith(SharedLocalRun.class)
class DatabaseDumpTest {

    private static final Duration VISIBLE = Duration.ofSeconds(30);
    private static final long KEPT = 640_001L;
    private static final long ERASED = 640_002L;
    private static final Pattern BYTEA = Pattern.compile("\\\\\\\\x([0-9a-f]+)");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{40,}={0,2}");
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Test
    void aDumpOpensNoPersonalDataWithoutTheMasterKeyAndNoErasedGuestsWithIt(LocalRun run) throws Exception {
        JdbcTemplate owner = run.as(EmbeddedRoles.OWNER);
        run.send(DmsRecords.guestInserted(KEPT, "Marta Cavalcanti Rego", "455.120.837-60", "marta.rego@example.com"));
        run.send(DmsRecords.guestInserted(ERASED, "Otávio Brandão Lins", "261.904.553-18", "otavio.lins@example.com"));
        await().atMost(VISIBLE).until(() -> keyRows(owner, KEPT) == 1 && keyRows(owner, ERASED) == 1);
        run.send(DmsRecords.guestDeleted(ERASED));
        await().atMost(VISIBLE).until(() -> keyRows(owner, ERASED) == 0);

        Map<String, String> dump = dump(owner);
        byte[] masterKey = Base64.getDecoder().decode(Files.readString(Path.of(run.stack.query().getEnvironment()
                .getRequiredProperty("mirante.privacy.master-key-file"))).strip());
        String everything = String.join("\n", dump.values());
        for (String clear : List.of("Marta Cavalcanti Rego", "marta.rego@example.com", "455.120.837-60",
                "Otávio Brandão Lins", "otavio.lins@example.com", "261.904.553-18")) {
            assertThat(everything).doesNotContain(clear);
            assertThat(byteaValues(everything)).noneSatisfy(bytes ->
                    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains(clear));
        }
        // Sealed values are Base64 (SealedPersonalData): long enough for an IV, a byte and a tag.
        List<byte[]> base64 = base64Values(everything);
        List<byte[]> sealed = base64.stream().filter(value -> value.length > IV_BYTES + TAG_BITS / 8).toList();
        assertThat(sealed).as("sealed personal data in the dump").hasSizeGreaterThanOrEqualTo(2);
        List<byte[]> binary = new ArrayList<>(byteaValues(everything));
        binary.addAll(base64);
        List<byte[]> candidateKeys = windows(binary);

        assertThat(open(sealed, candidateKeys, KEPT)).as("opened without the master key").isEmpty();
        assertThat(open(sealed, candidateKeys, ERASED)).as("opened without the master key").isEmpty();

        Map<Long, byte[]> unwrapped = unwrapKeyRows(dump.get("event_store.personal_data_key"), masterKey);
        assertThat(unwrapped).containsKey(KEPT).doesNotContainKey(ERASED);
        assertThat(open(sealed, List.of(unwrapped.get(KEPT)), KEPT)).anySatisfy(clear ->
                assertThat(clear).contains("Marta Cavalcanti Rego", "marta.rego@example.com"));
        List<byte[]> everyKey = new ArrayList<>(candidateKeys);
        everyKey.addAll(unwrapped.values());
        assertThat(open(sealed, everyKey, ERASED)).as("an erased guest's data opened with the master key").isEmpty();
    }

    private static int keyRows(JdbcTemplate owner, long guestId) {
        return owner.queryForObject("SELECT count(*) FROM event_store.personal_data_key WHERE guest_id = ?",
                Integer.class, guestId);
    }

    /** Every table of every schema, as COPY writes it (what pg_dump puts in a dump's data sections). */
    private static Map<String, String> dump(JdbcTemplate owner) {
        Map<String, String> tables = new TreeMap<>();
        for (String table : owner.queryForList("SELECT quote_ident(schemaname) || '.' || quote_ident(tablename)"
                + " FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')", String.class)) {
            tables.put(table, owner.execute((ConnectionCallback<String>) connection -> copyOut(connection, table)));
        }
        return tables;
    }

    private static String copyOut(Connection connection, String table) {
        try {
            StringWriter out = new StringWriter();
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY " + table + " TO STDOUT", out);
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read out " + table, e);
        }
    }

    private static List<byte[]> byteaValues(String dump) {
        List<byte[]> values = new ArrayList<>();
        Matcher bytea = BYTEA.matcher(dump);
        while (bytea.find()) {
            values.add(HexFormat.of().parseHex(bytea.group(1)));
        }
        return values;
    }

    /** Every Base64 text, in the dump or in its bytea values (events are JSON in bytea), decoded. */
    private static List<byte[]> base64Values(String dump) {
        Set<String> texts = new LinkedHashSet<>(List.of(dump));
        byteaValues(dump).forEach(value -> texts.add(new String(value, StandardCharsets.ISO_8859_1)));
        List<byte[]> values = new ArrayList<>();
        for (String text : texts) {
            Matcher base64 = BASE64.matcher(text);
            while (base64.find()) {
                decode(base64.group()).ifPresent(values::add);
            }
        }
        return values;
    }

    private static Optional<byte[]> decode(String base64) {
        try {
            return Optional.of(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Every run of 32 bytes of every value: whatever key a value may hold, wherever it sits in it. */
    private static List<byte[]> windows(List<byte[]> values) {
        Set<ByteBuffer> windows = new LinkedHashSet<>();
        for (byte[] value : values) {
            for (int start = 0; start + KEY_BYTES <= value.length; start++) {
                windows.add(ByteBuffer.wrap(Arrays.copyOfRange(value, start, start + KEY_BYTES)));
            }
        }
        return windows.stream().map(ByteBuffer::array).toList();
    }

    /** guest_id, created_at, wrapped_key, master_key_id: each wrapped key opened with the master key. */
    private static Map<Long, byte[]> unwrapKeyRows(String copy, byte[] masterKey) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        Map<Long, byte[]> keys = new TreeMap<>();
        for (String line : copy.strip().split("\n")) {
            String[] columns = line.split("\t");
            long guestId = Long.parseLong(columns[0]);
            String wrapped = Arrays.stream(columns).filter(column -> column.startsWith("\\\\x")).findFirst().orElseThrow();
            keys.put(guestId, aesGcmOpen(cipher, masterKey, guestId, HexFormat.of().parseHex(wrapped.substring(3)))
                    .orElseThrow(() -> new AssertionError("The master key does not unwrap the key of " + guestId)));
        }
        return keys;
    }

    private static List<String> open(List<byte[]> sealed, List<byte[]> keys, long guestId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        List<String> opened = new ArrayList<>();
        for (byte[] value : sealed) {
            for (byte[] key : keys) {
                aesGcmOpen(cipher, key, guestId, value)
                        .ifPresent(clear -> opened.add(new String(clear, StandardCharsets.UTF_8)));
            }
        }
        return opened;
    }

    /** The vault's scheme: AES-256-GCM, a 12-byte IV first, the guest id authenticated. */
    private static Optional<byte[]> aesGcmOpen(Cipher cipher, byte[] key, long guestId, byte[] sealed) {
        try {
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(ByteBuffer.allocate(Long.BYTES).putLong(guestId).array());
            return Optional.of(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
