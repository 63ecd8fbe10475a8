package com.mirante.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mirante.projection.QueryModelVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * A newer build started on the data an older build wrote (the README's upgrade): the older build
 * is commit e40d1b7, from before the legacy tables model and its migration V13; its database, dumped
 * with the README's {@code pg_dump} while it ran on a simulated chain's records, is the fixture
 * {@code upgrade/e40d1b7} (its README says how it was made). Restored into a new data directory with
 * the older run's master key and started with this build, the data is migrated (Flyway), keeps every
 * event, gets every query model at the version this build declares (a model whose version was raised
 * since is rebuilt; the model added since is built from the start of the event store), and serves
 * what a clean run of the same records serves.
 */
class LocalRunUpgradeTest {

    private static final Path FIXTURE = resource("/upgrade/e40d1b7");
    private static final Duration REBUILT = Duration.ofMinutes(3);

    @TempDir
    Path directory;
    @RegisterExtension
    final LocalRuns runs = new LocalRuns();

    @Test
    void aNewerBuildMigratesAnOlderBuildsDataKeepsItsEventsAndServesWhatACleanRunServes() throws IOException {
        Instant began = Instant.now();
        Properties fixture = new Properties();
        try (BufferedReader reader = Files.newBufferedReader(FIXTURE.resolve("fixture.properties"))) {
            fixture.load(reader);
        }
        // The clean run of the same records goes on beside the upgraded one: each is a process of its own,
        // on its own ports and data directory, waiting on its queue and projections most of the time.
        LocalRunProcess cleanRun = run("clean");
        List<String> records = fixtureRecords();
        CompletableFuture<Map<String, List<String>>> clean =
                CompletableFuture.supplyAsync(() -> settledModels(cleanRun, records));

        LocalRunProcess run = run("upgraded");
        // The README's restore, the older run's master key first (readable by its owner only, as it was written).
        Files.createDirectories(run.dataDirectory());
        Path key = Files.copy(FIXTURE.resolve("master.key"), run.dataDirectory().resolve("master.key"));
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        run.start("--mirante.embedded.postgres.restore=" + FIXTURE.resolve("mirante.dump"));
        assertThat(run.log()).contains("Restored database mirante from");

        Map<String, Integer> declared = declaredVersions();
        await().atMost(REBUILT).pollInterval(Duration.ofSeconds(1)).until(() -> run.query(
                "select model, version, rebuild_version from query_model.query_model_version", LocalRunUpgradeTest::versions),
                declared::equals);
        run.awaitSettled();

        assertThat(run.events()).as("events").isEqualTo(Long.parseLong(fixture.getProperty("events")));
        assertThat(run.lastGlobalIndex()).isEqualTo(Long.parseLong(fixture.getProperty("lastGlobalIndex")));
        // installed_on is the server's local time, and the embedded server's time zone is UTC.
        List<Migration> migrations = run.query("select version, (extract(epoch from installed_on) * 1000)::bigint"
                + " as installed_on, success from query_model.flyway_schema_history where version is not null"
                + " order by installed_rank", LocalRunUpgradeTest::migrations);
        int olderBuilds = Integer.parseInt(fixture.getProperty("queryMigrations"));
        assertThat(migrations).allMatch(Migration::success);
        assertThat(migrations.subList(0, olderBuilds)).as("the older build's migrations, applied by it")
                .allMatch(migration -> migration.installedOn().isBefore(began));
        assertThat(migrations.subList(olderBuilds, migrations.size())).as("this build's migrations, applied at its start")
                .isNotEmpty().allMatch(migration -> migration.installedOn().isAfter(began));
        assertThat(run.deadLetters()).isZero();
        Map<String, List<String>> models = run.queryModels();
        run.stop();
        assertThat(models).isEqualTo(clean.join());
    }

    /** The fixture's records, the ones the older build applied. */
    private static List<String> fixtureRecords() throws IOException {
        List<String> records = new ArrayList<>();
        try (InputStream file = Files.newInputStream(FIXTURE.resolve("records.jsonl.gz"));
             BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(file), StandardCharsets.UTF_8))) {
            lines.lines().forEach(records::add);
        }
        return records;
    }

    /** The query models of this build on a new data directory, once it applied {@code records}. */
    private static Map<String, List<String>> settledModels(LocalRunProcess run, List<String> records) {
        run.start();
        run.send(records);
        run.awaitSettled();
        assertThat(run.deadLetters()).isZero();
        Map<String, List<String>> models = run.queryModels();
        run.stop();
        return models;
    }

    /** The version of each query model this build's projections declare ({@link QueryModelVersion}). */
    private static Map<String, Integer> declaredVersions() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(QueryModelVersion.class));
        Map<String, Integer> declared = new TreeMap<>();
        for (BeanDefinition projection : scanner.findCandidateComponents("com.mirante.query")) {
            var metadata = ((AnnotatedBeanDefinition) projection).getMetadata();
            declared.put((String) metadata.getAnnotationAttributes(ProcessingGroup.class.getName()).get("value"),
                    (Integer) metadata.getAnnotationAttributes(QueryModelVersion.class.getName()).get("value"));
        }
        assertThat(declared).isNotEmpty();
        return declared;
    }

    /** Each model's live version; a model with a rebuild still under way is not counted as there. */
    private static Map<String, Integer> versions(ResultSet rows) throws SQLException {
        Map<String, Integer> versions = new TreeMap<>();
        do {
            rows.getInt("rebuild_version");
            if (rows.wasNull()) {
                versions.put(rows.getString("model"), rows.getInt("version"));
            }
        } while (rows.next());
        return versions;
    }

    private record Migration(String version, Instant installedOn, boolean success) {
    }

    private static List<Migration> migrations(ResultSet rows) throws SQLException {
        List<Migration> migrations = new ArrayList<>();
        do {
            migrations.add(new Migration(rows.getString("version"), Instant.ofEpochMilli(rows.getLong("installed_on")),
                    rows.getBoolean("success")));
        } while (rows.next());
        return migrations;
    }

    private LocalRunProcess run(String name) {
        return runs.on(directory.resolve(name).resolve("data"));
    }

    private static Path resource(String name) {
        try {
            return Path.of(LocalRunUpgradeTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
