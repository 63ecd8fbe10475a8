package com.mirante.local;

import static org.awaitility.Awaitility.await;

import com.mirante.simulator.relay.QueueSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The local run as {@code ./run-local.sh} starts it, in a JVM of its own and a process group of its
 * own ({@code setsid}), on its own data directory and ports, so that a test can kill it as a crash
 * would and start it again on the same data. It runs from this JVM's classpath.
 */
final class LocalRunProcess {

    private static final Duration START = Duration.ofMinutes(5);
    private static final Duration SETTLE = Duration.ofMinutes(5);
    /** Bookkeeping beside the query models: positions, dead letters, operations, versions, migrations. */
    private static final List<String> NOT_MODELS = List.of("token_entry", "dead_letter_entry", "processor_operation",
            "query_model_version", "flyway_schema_history");

    /**
     * A stored token's position in the event store: Jackson writes the JDBC store's GapAwareTrackingToken as
     * {@code {"index": n, "gaps": [...]}}, a replay's (a processor new to an existing store starts as one) as
     * {@code {"tokenAtReset": ..., "currentToken": ...}}; one of another shape reads -1 (behind), and a segment
     * that has seen nothing yet has no token.
     */
    private static final String POSITION = "coalesce((convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint,"
            + " (convert_from(token, 'UTF8')::jsonb -> 'currentToken' ->> 'index')::bigint, -1)";

    private final Path dataDirectory;
    private final int databasePort = freePort();
    private final int queuePort = freePort();
    private Process process;
    private Path log;
    private int starts;

    LocalRunProcess(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** Starts the run (again) on its data directory, with {@code extra} arguments, and waits until both applications are up. */
    void start(String... extra) {
        starts++;
        log = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-" + starts + ".log");
        List<String> command = new ArrayList<>(List.of("setsid", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // C1 alone starts the applications sooner; these runs are short.
                "-Xmx1g", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), LocalStack.class.getName(),
                "--mirante.local.data-dir=" + dataDirectory, "--mirante.embedded.postgres.port=" + databasePort,
                "--mirante.embedded.sqs.port=" + queuePort, "--server.port=0", "--mirante.simulator.enabled=false",
                "--mirante.sqs.wait-time=1s"));
        command.addAll(List.of(extra));
        try {
            Files.createDirectories(dataDirectory.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the local run", e);
        }
        long started = System.nanoTime();
        await().atMost(START).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("The local run stopped while starting:\n" + tail());
            }
            return Files.readString(log, StandardCharsets.UTF_8).contains("The local run keeps its data in");
        });
        System.out.printf("%s: start %d took %.1f s%n", dataDirectory, starts, (System.nanoTime() - started) / 1e9);
    }

    /** {@code kill -9} of the run's process group: the JVM dies, its PostgreSQL (a session of its own) lives on. */
    void killProcessGroup() {
        signal("-KILL", "-" + process.pid());
        process.onExit().join();
    }

    /** As a power cut: the process group and the PostgreSQL server both killed ({@code kill -9}). */
    void killEverything() {
        long postmaster = postmasterPid();
        killProcessGroup();
        signal("-KILL", Long.toString(postmaster));
        await().atMost(Duration.ofSeconds(30)).until(() -> ProcessHandle.of(postmaster).isEmpty());
    }

    /** SIGTERM, as a service manager or Ctrl-C stops it; how long it took to end. */
    Duration terminate() {
        long started = System.nanoTime();
        process.destroy();
        try {
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                throw new AssertionError("The local run did not stop within a minute of SIGTERM:\n" + tail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("%s: stopped by SIGTERM in %.1f s%n", dataDirectory, took.toMillis() / 1e3);
        return took;
    }

    boolean postmasterRunning() {
        return Files.exists(dataDirectory.resolve("postgres/postmaster.pid"));
    }

    long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postgres/postmaster.pid")).get(0).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records onto the run's queue, as the relay sends them (the simulator's queue sink). */
    void send(List<String> records) {
        String queue;
        try (SqsClient sqs = sqs()) {
            queue = sqs.getQueueUrl(request -> request.queueName("dms-changes")).queueUrl();
        }
        try (QueueSink sink = new QueueSink(new QueueSink.Queue(queue, URI.create("http://localhost:" + queuePort),
                "us-east-1", "local", "local"))) {
            records.forEach(sink::send);
        }
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** The backup the README gives: {@code pg_dump -Fc} of the database, against the running server. */
    void dump(Path file) {
        PostgresClient.run("pg_dump", "--host=localhost", "--port=" + databasePort, "--username=postgres",
                "--no-password", "--format=custom", "--file=" + file, "mirante");
    }

    long events() {
        return query("select count(*) from event_store.domain_event_entry", row -> row.getLong(1));
    }

    long lastGlobalIndex() {
        return query("select coalesce(max(global_index), -1) from event_store.domain_event_entry", row -> row.getLong(1));
    }

    /**
     * Waits until the run has applied everything: both queues empty of work, no event appended
     * between two looks, and every projection's token at the event store's head.
     */
    void awaitSettled() {
        AtomicReference<Long> last = new AtomicReference<>(-1L);
        long started = System.nanoTime();
        try (SqsClient sqs = sqs()) {
            String queue = sqs.getQueueUrl(request -> request.queueName("dms-changes")).queueUrl();
            await().atMost(SETTLE).pollInterval(Duration.ofSeconds(2)).until(() -> {
                long head = lastGlobalIndex();
                boolean stable = head == last.getAndSet(head);
                long behind = query("select count(*) from query_model.token_entry where token is null or "
                        + POSITION + " < " + head, row -> row.getLong(1));
                return stable && behind == 0 && messages(sqs, queue) == 0;
            });
        }
        System.out.printf("%s: settled in %.1f s%n", dataDirectory, (System.nanoTime() - started) / 1e9);
    }

    long deadLetters() {
        try (SqsClient sqs = sqs()) {
            return messages(sqs, sqs.getQueueUrl(request -> request.queueName("dms-changes-dlq")).queueUrl())
                    + query("select count(*) from query_model.dead_letter_entry", row -> row.getLong(1));
        }
    }

    /**
     * Every query model's rows, table by table, in a stable order. A guest's sealed personal data is
     * encrypted under each run's own keys with a fresh IV, so only whether it is there counts.
     */
    Map<String, List<String>> queryModels() {
        Map<String, List<String>> models = new TreeMap<>();
        List<String> tables = query("select string_agg(tablename, ',' order by tablename) from pg_tables"
                + " where schemaname = 'query_model'", row -> List.of(row.getString(1).split(",")));
        for (String table : tables) {
            if (!NOT_MODELS.contains(table)) {
                models.put(table, query("select * from query_model." + table, LocalRunProcess::rows));
            }
        }
        return models;
    }

    private static List<String> rows(ResultSet rows) throws SQLException {
        ResultSetMetaData columns = rows.getMetaData();
        List<String> lines = new ArrayList<>();
        do {
            StringBuilder line = new StringBuilder();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                Object value = rows.getObject(i);
                line.append(columns.getColumnName(i)).append('=')
                        .append("sealed_personal_data".equals(columns.getColumnName(i)) ? value != null : value)
                        .append(' ');
            }
            lines.add(line.toString());
        } while (rows.next());
        lines.sort(null);
        return lines;
    }

    interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** {@code rows} reads from the first row on; an empty result is an empty list or 0. */
    @SuppressWarnings("unchecked")
    <T> T query(String sql, Rows<T> rows) {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + databasePort + "/mirante", "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? rows.read(result) : (T) List.of();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }

    private SqsClient sqs() {
        return SqsClient.builder()
                .endpointOverride(URI.create("http://localhost:" + queuePort))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    private static long messages(SqsClient sqs, String queue) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(queue)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).attributes();
        return attributes.values().stream().mapToLong(Long::parseLong).sum();
    }

    private String tail() {
        String text = log();
        return text.substring(Math.max(0, text.length() - 5_000));
    }

    private static void signal(String signal, String target) {
        try {
            Process kill = new ProcessBuilder("kill", signal, "--", target).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill " + signal + " " + target + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops whatever is left: the JVM, and the PostgreSQL server a killed one left running. */
    void stop() {
        if (process != null && process.isAlive()) {
            terminate();
        }
        if (postmasterRunning()) {
            ProcessHandle.of(postmasterPid()).ifPresent(ProcessHandle::destroy);
        }
    }
}
