package com.mirante.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mirante.simulator.chain.ChainSimulation;
import com.mirante.simulator.chain.SimulationSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local run keeps its data through crashes and restarts: a simulated chain's records go in,
 * the run is killed (twice: its process group, then everything as a power cut would) and stopped
 * halfway through applying them, started again on the same data directory each time, the rest go
 * in, and every query model ends as a clean run of the same records leaves
 * it: no message lost (a model would lack it), none applied twice (the daily figures would count
 * it twice). A dump of the clean run, restored into a new data directory, serves the same figures.
 */
class LocalRunRestartTest {

    private static final Duration MID_INGESTION = Duration.ofMinutes(3);
    private static final List<String> RECORDS = new ArrayList<>();
    private static final String DUMP = "mirante.dump";
    private static final String MASTER_KEY = "master.key";
    private static Map<String, List<String>> clean;
    private static long cleanEvents;

    /** The clean run, its dump and its master key, shared by the tests. */
    @TempDir
    static Path shared;

    static {
        new ChainSimulation(new SimulationSettings(1, 4, LocalDate.of(2025, 3, 1), 17)).run(RECORDS::add);
    }

    @TempDir
    Path directory;
    @RegisterExtension
    final LocalRuns runs = new LocalRuns();

    // The two tests run side by side (see junit-platform.properties): each waits on its own processes
    // most of the time, and the restored run needs the clean run the crashed one compares with at its end.
    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void killedTwiceAndStoppedOnceMidIngestionItEndsWhereACleanRunDoes() {
        LocalRunProcess run = run("crashed");
        run.start();
        run.send(part(0));
        awaitEventsMidIngestion(run);
        // The JVM's process group dies; PostgreSQL, in a session of its own, lives on: the next start stops it.
        run.killProcessGroup();
        assertThat(run.postmasterRunning()).isTrue();

        run.start();
        assertThat(run.log()).contains("left running by a run that was killed");
        run.send(part(1));
        awaitEventsMidIngestion(run);
        // As a power cut: PostgreSQL dies too, leaving its postmaster.pid; the next start recovers from its log.
        run.killEverything();

        run.start();
        assertThat(run.log()).contains("of a PostgreSQL server that is no longer running");
        run.send(part(2));
        awaitEventsMidIngestion(run);
        Duration stop = run.terminate();
        assertThat(stop).isLessThan(Duration.ofSeconds(15));
        assertThat(run.postmasterRunning()).as("PostgreSQL stopped with the run").isFalse();

        run.start();
        run.send(part(3));
        run.awaitSettled();

        assertThat(run.deadLetters()).isZero();
        Map<String, List<String>> models = run.queryModels();
        run.stop();
        assertThat(models).isEqualTo(clean());
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aDumpOfTheRunRestoredIntoANewDataDirectoryServesTheSameFigures() throws IOException {
        Map<String, List<String>> dumped = clean();
        LocalRunProcess run = run("restored");
        // The README's restore: the master key beside the dump goes into the new data directory first.
        Files.createDirectories(run.dataDirectory());
        Files.copy(shared.resolve(MASTER_KEY), run.dataDirectory().resolve(MASTER_KEY));
        run.start("--mirante.embedded.postgres.restore=" + shared.resolve(DUMP));
        assertThat(run.log()).contains("Restored database mirante from");
        run.awaitSettled();

        assertThat(run.events()).isEqualTo(cleanEvents);
        Map<String, List<String>> models = run.queryModels();
        run.stop();
        assertThat(models).isEqualTo(dumped);
    }

    /** One clean run of every record, for every test; dumped as the README says, with its master key beside. */
    private Map<String, List<String>> clean() {
        synchronized (RECORDS) {
            if (clean == null) {
                LocalRunProcess run = runs.on(shared.resolve("clean").resolve("data"));
                run.start();
                run.send(RECORDS);
                run.awaitSettled();
                assertThat(run.deadLetters()).isZero();
                clean = run.queryModels();
                cleanEvents = run.events();
                run.dump(shared.resolve(DUMP));
                try {
                    Files.copy(run.dataDirectory().resolve(MASTER_KEY), shared.resolve(MASTER_KEY));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                run.stop();
            }
            return clean;
        }
    }

    private LocalRunProcess run(String name) {
        return runs.on(directory.resolve(name).resolve("data"));
    }

    /** A quarter of the records: one for each start of the crashed run. */
    private static List<String> part(int index) {
        return RECORDS.subList(RECORDS.size() * index / 4, RECORDS.size() * (index + 1) / 4);
    }

    /** Some events stored: the run is busy applying what was sent (a kill before would test little). */
    private static void awaitEventsMidIngestion(LocalRunProcess run) {
        long before = run.events();
        await().atMost(MID_INGESTION).pollInterval(Duration.ofMillis(200)).until(() -> run.events() > before + 50);
    }
}
