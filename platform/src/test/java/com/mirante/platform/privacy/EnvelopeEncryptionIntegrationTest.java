package com.mirante.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.mirante.api.guest.PersonalData;
import com.mirante.api.guest.PersonalDataVault;
import com.mirante.api.guest.SealedPersonalData;
import com.mirante.embedded.EmbeddedDatabases;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The guests' data keys wrapped under a master key, on real PostgreSQL, through application
 * starts (each {@code run} is one): rotation, the keys kept in clear before, the cache against
 * shredding, and the starts that must fail.
 */
class EnvelopeEncryptionIntegrationTest {

    private static final PersonalData GUEST = new PersonalData("Helena Prates Duarte", "318.640.227-09", null,
            LocalDate.of(1971, 2, 3), "helena.duarte@example.com", "+55 21 99123-4411");
    private static final String KEY_A = newKey();
    private static final String KEY_B = newKey();

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String id(String key) {
        return new LocalMasterKey(Base64.getDecoder().decode(key), "test").id();
    }

    private static PersonalDataVault vault(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed();
        return context.getBean(PersonalDataVault.class);
    }

    private static JdbcTemplate jdbc(String database) {
        return new JdbcTemplate(new DriverManagerDataSource(database));
    }

    @Test
    void rotatingTheMasterKeyRewrapsEveryRowAtStartWithoutTouchingTheSealedData() {
        String database = EmbeddedDatabases.create("rotation");
        int guests = 250;
        List<SealedPersonalData> sealed = new ArrayList<>();
        VaultApplication.on(database).withPropertyValues("mirante.privacy.master-key=" + KEY_A).run(context -> {
            for (long guest = 1; guest <= guests; guest++) {
                sealed.add(vault(context).seal(guest, GUEST));
            }
        });
        assertThat(jdbc(database).queryForList("SELECT DISTINCT master_key_id FROM event_store.personal_data_key",
                String.class)).containsExactly(id(KEY_A));
        List<byte[]> wrappedUnderA = jdbc(database).queryForList(
                "SELECT wrapped_key FROM event_store.personal_data_key ORDER BY guest_id", byte[].class);

        // The new key current, the old one kept until the start has rewrapped (batches of 100).
        VaultApplication.on(database).withPropertyValues("mirante.privacy.master-key=" + KEY_B,
                "mirante.privacy.previous-master-keys=" + KEY_A, "mirante.privacy.rewrap-batch-size=100").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(jdbc(database).queryForList("SELECT DISTINCT master_key_id FROM event_store.personal_data_key",
                    String.class)).containsExactly(id(KEY_B));
        });
        assertThat(jdbc(database).queryForList("SELECT wrapped_key FROM event_store.personal_data_key ORDER BY guest_id",
                byte[].class)).zipSatisfy(wrappedUnderA, (now, before) -> assertThat(now).isNotEqualTo(before));

        // The old key retired: every guest's data, sealed long before, still opens.
        VaultApplication.on(database).withPropertyValues("mirante.privacy.master-key=" + KEY_B).run(context -> {
            for (int guest = 1; guest <= guests; guest++) {
                assertThat(vault(context).open(guest, sealed.get(guest - 1))).contains(GUEST);
            }
        });
    }

    @Test
    void aStartWithoutTheKeyRowsAreWrappedUnderFailsSayingWhichKeyToConfigure() {
        String database = EmbeddedDatabases.create("retired_too_early");
        VaultApplication.on(database).withPropertyValues("mirante.privacy.master-key=" + KEY_A)
                .run(context -> vault(context).seal(7L, GUEST));

        VaultApplication.on(database).withPropertyValues("mirante.privacy.master-key=" + KEY_B).run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining(id(KEY_A))
                        .hasMessageContaining("mirante.privacy.previous-master-keys"));
    }

    @Test
    void keysKeptInClearBeforeAreWrappedAtTheUpgradeAndTheClearColumnDropped() throws Exception {
        String database = EmbeddedDatabases.create("clear_keys");
        // The installation as it was: keys in clear, data sealed under them.
        Flyway.configure().dataSource(database, null, null).schemas("event_store")
                .locations("classpath:db/event-store").target("3").skipDefaultCallbacks(true).load().migrate();
        byte[] dataKey = GuestCipher.randomKey();
        jdbc(database).update("INSERT INTO event_store.personal_data_key (guest_id, data_key) VALUES (?, ?)", 42L, dataKey);
        SealedPersonalData sealedBefore = new SealedPersonalData(Base64.getEncoder().encodeToString(GuestCipher.seal(
                dataKey, 42L, "{\"name\":\"Helena Prates Duarte\"}".getBytes(StandardCharsets.UTF_8))));

        VaultApplication.on(database).withPropertyValues("mirante.privacy.master-key=" + KEY_A).run(context ->
                assertThat(vault(context).open(42L, sealedBefore)).hasValueSatisfying(data ->
                        assertThat(data.name()).isEqualTo("Helena Prates Duarte")));

        assertThat(jdbc(database).queryForList("SELECT column_name FROM information_schema.columns"
                        + " WHERE table_schema = 'event_store' AND table_name = 'personal_data_key'", String.class))
                .containsExactlyInAnyOrder("guest_id", "wrapped_key", "master_key_id", "created_at");
        Map<String, Object> row = jdbc(database).queryForMap("SELECT wrapped_key, master_key_id FROM event_store.personal_data_key");
        assertThat(row.get("master_key_id")).isEqualTo(id(KEY_A));
        assertThat(new LocalMasterKey(Base64.getDecoder().decode(KEY_A), "test").unwrap(42L, (byte[]) row.get("wrapped_key")))
                .isEqualTo(dataKey);
    }

    @Test
    void aKeyShreddedOnAnotherNodeIsNotOpenedFromThisNodesCache() {
        String database = EmbeddedDatabases.create("shredded_elsewhere");
        VaultApplication.on(database).withPropertyValues("mirante.privacy.master-key=" + KEY_A).run(thisNode -> {
            SealedPersonalData sealed = vault(thisNode).seal(9L, GUEST);
            assertThat(vault(thisNode).open(9L, sealed)).contains(GUEST);

            VaultApplication.on(database).withPropertyValues("mirante.privacy.master-key=" + KEY_A)
                    .run(otherNode -> vault(otherNode).shred(9L));

            assertThat(vault(thisNode).open(9L, sealed)).isEmpty();
        });
    }

    @Test
    void anApplicationWithoutMasterKeyRefusesToStartAndSaysWhatToConfigure() {
        VaultApplication.on(EmbeddedDatabases.create("no_master_key")).run(context -> {
            assertThat(context).getFailure().rootCause().isInstanceOf(MissingMasterKeyException.class);
            FailureAnalysis analysis = new MissingMasterKeyFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("No master key");
            assertThat(analysis.getAction()).contains("MIRANTE_PRIVACY_MASTER_KEY", "MIRANTE_PRIVACY_MASTER_KEY_FILE",
                    "MIRANTE_PRIVACY_KMS_KEY_ID");
        });
    }

    @Test
    void theLocalRunCreatesItsKeyFileReadableByItsOwnerOnlyAndKeepsUsingIt(@TempDir Path dataDir) throws IOException {
        String database = EmbeddedDatabases.create("local_key_file");
        Path keyFile = dataDir.resolve("data/master.key");
        String[] local = {"mirante.privacy.master-key-file=" + keyFile, "mirante.privacy.create-master-key-file=true"};
        AtomicReference<SealedPersonalData> sealed = new AtomicReference<>();
        VaultApplication.on(database).withPropertyValues(local).run(context -> sealed.set(vault(context).seal(3L, GUEST)));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(keyFile).strip())).hasSize(32);
        VaultApplication.on(database).withPropertyValues(local)
                .run(context -> assertThat(vault(context).open(3L, sealed.get())).contains(GUEST));
    }

    /**
     * No KMS is reachable from the tests: this shows the client is built with the configured region
     * and endpoint and that the key is looked up at start, so an unreachable KMS stops the start.
     */
    @Test
    void aKmsKeyIsLookedUpAtStartThroughTheConfiguredEndpoint() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
        try {
            VaultApplication.on(EmbeddedDatabases.create("kms_unreachable")).withPropertyValues(
                    "mirante.privacy.kms.key-id=alias/mirante-guests", "mirante.privacy.kms.region=sa-east-1",
                    "mirante.privacy.kms.endpoint=http://127.0.0.1:" + closedPort).run(context -> {
                assertThat(context).getFailure().hasRootCauseInstanceOf(ConnectException.class);
                assertThat(Stream.iterate(context.getStartupFailure(), Objects::nonNull, Throwable::getCause))
                        .anySatisfy(cause -> assertThat(cause).isInstanceOf(SdkClientException.class)
                                .hasMessageContaining("127.0.0.1:" + closedPort));
            });
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
        }
    }
}
