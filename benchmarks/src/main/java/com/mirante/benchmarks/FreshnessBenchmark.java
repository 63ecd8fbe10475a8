package com.mirante.benchmarks;

import com.mirante.embedded.EmbeddedQueues;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Freshness at a chain's real pace: one room's housekeeping change at a time, sent to the queue
 * every few hundred milliseconds to a gateway running as its own process, and the time from the
 * send to the query side pushing that room, in that state, on the live stream pages listen to
 * ({@code GET /api/v1/live}). Nothing else runs, so every change meets an idle system: what it
 * measures is how soon each step hears of the one before, not throughput.
 *
 * <p>Beside it, in the same run, the raw limits of the two hops no code of ours can shorten: an SQS
 * message sent and long-polled back (one at a time), and a PostgreSQL {@code NOTIFY} committed on
 * one connection and heard on another that listens.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks-*.jar -Dloader.main=com.mirante.benchmarks.FreshnessBenchmark
 * org.springframework.boot.loader.launch.PropertiesLauncher [storeEvents] [warmUpChanges] [timedChanges]
 * [intervalMillis] [output.json] [gateway-exec.jar] [wakeUps]}; {@code wakeUps} false runs both
 * applications with {@code mirante.event-store.wake-ups=false} (polling alone), to compare.
 */
public final class FreshnessBenchmark {

    private static final int RAW_SAMPLES = 300;
    private static final int RAW_WARM_UP = 30;
    private static final long RAW_PAUSE_MILLIS = 50;
    private static final Duration SEEN_TIMEOUT = Duration.ofSeconds(30);
    private static final String PROBE_CHANNEL = "freshness_probe";

    private FreshnessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int storeEvents = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int timed = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        long intervalMillis = args.length > 3 ? Long.parseLong(args[3]) : 300;
        Path output = Path.of(args.length > 4 ? args[4] : "target/freshness-benchmark.json");
        Path gatewayJar = Path.of(args.length > 5 ? args[5]
                : "ingestion-gateway/target/ingestion-gateway-0.1.0-SNAPSHOT-exec.jar");
        boolean wakeUps = args.length <= 6 || Boolean.parseBoolean(args[6]);

        DatabaseSettings.durableUnlessTold();
        List<String> queueArgs = EmbeddedQueues.create("freshness-changes");
        List<String> probeArgs = EmbeddedQueues.create("freshness-probe");
        String wakeUpSetting = "mirante.event-store.wake-ups=" + wakeUps;
        ConfigurableApplicationContext query = StorePreload.querySideOver(storeEvents, wakeUpSetting);
        GatewayProcess gateway = null;
        try {
            DataSource dataSource = query.getBean(DataSource.class);

            HttpClient http = HttpClient.newHttpClient();
            List<String> gatewayArgs = new ArrayList<>(queueArgs);
            gatewayArgs.add("--" + wakeUpSetting);
            gateway = GatewayProcess.start(gatewayJar, query.getEnvironment(), gatewayArgs,
                    output.toAbsolutePath().resolveSibling("freshness-gateway.log"), http);
            RoomSamples samples = new RoomSamples();
            LiveRooms.subscribe(http, Integer.parseInt(query.getEnvironment().getRequiredProperty("local.server.port")),
                    samples::seen);

            Map<String, Object> result = new LinkedHashMap<>();
            result.put("date", LocalDate.now().toString());
            result.put("storeEvents", storeEvents);
            result.put("wakeUps", wakeUps);
            result.put("fetchDelay", query.getEnvironment().getProperty("mirante.event-store.fetch-delay", "100ms"));
            result.put("intervalMillis", intervalMillis);
            result.put("warmUpChanges", warmUp);
            try (QueueClient queue = new QueueClient(queueArgs)) {
                long start = System.nanoTime();
                for (int n = 0; n < warmUp + timed; n++) {
                    LockSupport.parkNanos(start + TimeUnit.MILLISECONDS.toNanos(n * intervalMillis) - System.nanoTime());
                    RoomChanges.Change change = RoomChanges.change(n);
                    samples.sent(n, change.key(), System.nanoTime());
                    queue.send(change.body());
                }
            }
            samples.awaitAll(SEEN_TIMEOUT);
            samples.report(result, "freshness", warmUp);
            Percentiles.put(result, "sqsRoundTrip", sqsRoundTrips(probeArgs));
            Percentiles.put(result, "notifyRoundTrip", notifyRoundTrips(dataSource));
            result.put("database", DatabaseSettings.of(query));
            Results.report(result, output);
        } finally {
            if (gateway != null) {
                gateway.close();
            }
            query.close();
        }
        System.exit(0);
    }

    /** One message at a time sent to a queue of its own and long-polled back: what SQS adds to every change. */
    private static List<Long> sqsRoundTrips(List<String> probeArgs) {
        List<Long> nanos = new ArrayList<>();
        try (QueueClient probe = new QueueClient(probeArgs)) {
            for (int i = 0; i < RAW_WARM_UP + RAW_SAMPLES; i++) {
                long start = System.nanoTime();
                probe.send("probe " + i);
                String received = probe.receive(20);
                long took = System.nanoTime() - start;
                if (received == null) {
                    throw new IllegalStateException("The probe message did not come back within 20 s");
                }
                probe.delete(received);
                if (i >= RAW_WARM_UP) {
                    nanos.add(took);
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(RAW_PAUSE_MILLIS));
            }
        }
        return nanos;
    }

    /**
     * A NOTIFY committed (durably, as the database is configured) on one connection, until a second
     * connection that listens hears it: the least a wake-up across nodes can take.
     */
    private static List<Long> notifyRoundTrips(DataSource dataSource) throws SQLException {
        List<Long> nanos = new ArrayList<>();
        try (Connection listener = dataSource.getConnection(); Connection sender = dataSource.getConnection()) {
            listener.setAutoCommit(true);
            sender.setAutoCommit(true);
            try (Statement listen = listener.createStatement()) {
                listen.execute("LISTEN " + PROBE_CHANNEL);
            }
            PGConnection postgres = listener.unwrap(PGConnection.class);
            try (PreparedStatement notify = sender.prepareStatement("SELECT pg_notify('" + PROBE_CHANNEL + "', '')")) {
                for (int i = 0; i < RAW_WARM_UP + RAW_SAMPLES; i++) {
                    long start = System.nanoTime();
                    notify.execute();
                    PGNotification[] heard = postgres.getNotifications(5000);
                    long took = System.nanoTime() - start;
                    if (heard == null || heard.length == 0) {
                        throw new IllegalStateException("The probe notification was not heard within 5 s");
                    }
                    if (i >= RAW_WARM_UP) {
                        nanos.add(took);
                    }
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(RAW_PAUSE_MILLIS));
                }
            }
        }
        return nanos;
    }
}
