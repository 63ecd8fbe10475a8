package com.mirante.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mirante.embedded.EmbeddedQueues;
import com.mirante.query.QueryApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * End-to-end latency: DMS records sent at a steady rate (batches of 10 through SendMessageBatch)
 * to a gateway running as its own process, as deployed; the time from sending a room's
 * housekeeping change to the query side pushing that room, in that state, on the live stream
 * ({@code GET /api/v1/live}) that pages listen to. One record in ten is such a timed room change
 * (its commit timestamp, which the board shows as {@code updatedAt}, makes it unique); the others
 * are new reservations, which every model but the room board projects.
 *
 * <p>The query side, the embedded PostgreSQL and ElasticMQ run in this JVM; the gateway's peak
 * heap (sampled from its Prometheus endpoint every half second) and peak RSS ({@code VmHWM}) are
 * its own process's.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks-*.jar -Dloader.main=com.mirante.benchmarks.LatencyBenchmark
 * org.springframework.boot.loader.launch.PropertiesLauncher [storeEvents] [recordsPerSecond] [seconds]
 * [output.json] [gateway-exec.jar]}.
 */
public final class LatencyBenchmark {

    private static final int BATCH = 10;
    private static final int WARM_UP_SECONDS = 60;
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(5);
    private static final String[] HOTELS = {"SPA01", "RJC02", "MAO01", "SSA03", "FLN04"};
    private static final int ROOMS_PER_HOTEL = 40;
    private static final String[] HOUSEKEEPING = {"SJ", "EM", "LP", "IS"};
    private static final Instant FIRST_COMMIT = Instant.parse("2025-05-01T13:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private LatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int storeEvents = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Path output = Path.of(args.length > 3 ? args[3] : "target/latency-benchmark.json");
        Path gatewayJar = Path.of(args.length > 4 ? args[4]
                : "ingestion-gateway/target/ingestion-gateway-0.1.0-SNAPSHOT-exec.jar");

        DatabaseSettings.durableUnlessTold();
        List<String> queueArgs = EmbeddedQueues.create("latency-changes");
        ConfigurableApplicationContext query = new SpringApplicationBuilder(QueryApplication.class)
                .profiles("local")
                .properties("spring.config.name=" + QueryApplication.CONFIG_NAME, "server.port=0",
                        "logging.level.root=WARN")
                .run();
        Process gateway = null;
        try {
            DataSource dataSource = query.getBean(DataSource.class);
            StorePreload.append(dataSource, StorePreload.eventSerializer(query), storeEvents);
            StorePreload.awaitProjected(query, dataSource, Duration.ofHours(2));

            int gatewayPort = freePort();
            gateway = startGateway(gatewayJar, gatewayPort, query.getEnvironment(), queueArgs, output);
            HttpClient http = HttpClient.newHttpClient();
            awaitHealthy(http, gatewayPort, gateway);
            HeapSampler heap = new HeapSampler(http, gatewayPort);
            heap.start();

            int queryPort = Integer.parseInt(query.getEnvironment().getRequiredProperty("local.server.port"));
            Samples samples = new Samples();
            subscribe(http, queryPort, samples);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("date", LocalDate.now().toString());
            result.put("storeEvents", storeEvents);
            result.put("targetRecordsPerSecond", rate);
            result.put("seconds", seconds);
            int warmUpBatches = WARM_UP_SECONDS * rate / BATCH;
            try (Sender sender = new Sender(queueArgs, warmUpBatches + seconds * rate / BATCH)) {
                // The same pace for a minute warms the JIT of both processes; the measurement starts once
                // everything sent so far is visible, so it shows steady state rather than a start-up backlog.
                sender.run(rate, 0, warmUpBatches, samples);
                long settleStart = System.nanoTime();
                result.put("warmUpSettled", samples.awaitAll(SETTLE_TIMEOUT));
                result.put("warmUpSettleSeconds", Results.round(Results.secondsSince(settleStart)));
                CpuBudget cpu = new CpuBudget(gateway.toHandle());
                long appliedBefore = heap.appliedRecords();
                cpu.start();
                sender.run(rate, warmUpBatches, seconds * rate / BATCH, samples);
                result.put("achievedRecordsPerSecond", Results.round(sender.achievedRate()));
                result.put("cpuWhileSending", cpu.since(heap.appliedRecords() - appliedBefore));
            }
            samples.awaitAll(Duration.ofMinutes(3));
            heap.stop();
            samples.report(result, warmUpBatches);
            result.put("gatewayPeakHeapMb", Results.round(heap.peakBytes() / 1048576.0));
            result.put("gatewayPeakRssMb", Results.round(peakRssKb(gateway.pid()) / 1024.0));
            result.put("gatewayProcess", "separate JVM, default heap settings");
            result.put("database", DatabaseSettings.of(query));
            Results.report(result, output);
        } finally {
            if (gateway != null) {
                gateway.destroy();
                gateway.waitFor(30, TimeUnit.SECONDS);
            }
            query.close();
        }
        System.exit(0);
    }

    private static Process startGateway(Path jar, int port, Environment query, List<String> queueArgs, Path output)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--spring.profiles.active=local", "--server.port=" + port,
                "--spring.datasource.url=" + query.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + query.getRequiredProperty("spring.datasource.username"),
                "--spring.datasource.password=" + query.getRequiredProperty("spring.datasource.password"),
                "--mirante.sqs.pollers=4", "--logging.level.root=WARN"));
        command.addAll(queueArgs);
        Path log = output.toAbsolutePath().resolveSibling("latency-gateway.log");
        Files.createDirectories(log.getParent());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitHealthy(HttpClient http, int port, Process gateway) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!gateway.isAlive()) {
                throw new IllegalStateException("The gateway exited with " + gateway.exitValue() + ", see its log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException("The gateway did not become healthy");
    }

    /** Reads the live stream on a thread of its own: each {@code room} event settles the sample it shows. */
    private static void subscribe(HttpClient http, int port, Samples samples) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/live"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/api/v1/live answered " + response.statusCode());
        }
        Thread reader = new Thread(() -> {
            String[] event = {""};
            try {
                response.body().forEach(line -> {
                    if (line.startsWith("event:")) {
                        event[0] = line.substring(6).trim();
                    } else if (line.startsWith("data:") && event[0].equals("room")) {
                        samples.seen(line.substring(5).trim(), System.nanoTime());
                    } else if (line.isEmpty()) {
                        event[0] = "";
                    }
                });
            } catch (java.io.UncheckedIOException closed) {
                // the query side closes the stream when the benchmark ends
            }
        }, "live-stream");
        reader.setDaemon(true);
        reader.start();
    }

    /** The timed room changes: when each was sent, and when the live stream showed it. */
    private static final class Samples {

        private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
        private final Map<String, Long> latencyNanos = new ConcurrentHashMap<>();
        private final Map<String, Integer> order = new ConcurrentHashMap<>();

        void sent(int sample, String key, long nanos) {
            order.put(key, sample);
            sentAt.put(key, nanos);
        }

        void seen(String data, long nanos) {
            try {
                JsonNode room = JSON.readTree(data);
                String key = key(room.path("hotelId").asText(), room.path("room").asText(),
                        Instant.parse(room.path("updatedAt").asText()));
                Long sent = sentAt.get(key);
                if (sent != null) {
                    latencyNanos.putIfAbsent(key, nanos - sent);
                }
            } catch (IOException | RuntimeException notASample) {
                // a room pushed for another reason
            }
        }

        /** @return whether every sample sent so far was seen in time */
        boolean awaitAll(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (latencyNanos.size() < sentAt.size() && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
            return latencyNanos.size() >= sentAt.size();
        }

        /** Percentiles over the samples sent after the warm-up; those never seen are counted apart. */
        void report(Map<String, Object> result, int warmUpSamples) {
            List<Long> measured = new ArrayList<>();
            int unseen = 0;
            for (Map.Entry<String, Long> sent : sentAt.entrySet()) {
                if (order.get(sent.getKey()) < warmUpSamples) {
                    continue;
                }
                Long latency = latencyNanos.get(sent.getKey());
                if (latency == null) {
                    unseen++;
                } else {
                    measured.add(latency);
                }
            }
            long[] sorted = measured.stream().mapToLong(Long::longValue).sorted().toArray();
            result.put("samples", sorted.length + unseen);
            result.put("samplesNeverSeen", unseen);
            if (sorted.length > 0) {
                result.put("latencyP50Ms", millis(percentile(sorted, 0.50)));
                result.put("latencyP95Ms", millis(percentile(sorted, 0.95)));
                result.put("latencyP99Ms", millis(percentile(sorted, 0.99)));
                result.put("latencyMaxMs", millis(sorted[sorted.length - 1]));
            }
        }

        private static long percentile(long[] sorted, double share) {
            return sorted[Math.max(0, (int) Math.ceil(sorted.length * share) - 1)];
        }
    }

    static String key(String hotelId, String room, Instant updatedAt) {
        return hotelId + "|" + room + "|" + updatedAt;
    }

    /** Sends batches of 10 at fixed times on a few threads, so a slow call does not hold back the pace. */
    private static final class Sender implements AutoCloseable {

        private final QueueClient queue;
        private final List<String> reservations;
        private final AtomicLong sentRecords = new AtomicLong();
        private final AtomicLong firstSend = new AtomicLong();
        private final AtomicLong lastAck = new AtomicLong();
        private final AtomicInteger failures = new AtomicInteger();

        Sender(List<String> queueArgs, int batches) {
            this.queue = new QueueClient(queueArgs);
            this.reservations = SyntheticReservations.inserts(batches * (BATCH - 1));
        }

        /** Sends batches {@code first} to {@code first + count - 1}; the achieved rate is the last run's. */
        void run(int rate, int first, int count, Samples samples) throws InterruptedException {
            ExecutorService threads = Executors.newFixedThreadPool(8);
            sentRecords.set(0);
            long intervalNanos = 1_000_000_000L * BATCH / rate;
            long start = System.nanoTime();
            firstSend.set(start);
            for (int b = 0; b < count; b++) {
                LockSupport.parkNanos(start + b * intervalNanos - System.nanoTime());
                int batch = first + b;
                threads.submit(() -> send(batch, samples));
            }
            threads.shutdown();
            threads.awaitTermination(5, TimeUnit.MINUTES);
            if (failures.get() > 0) {
                throw new IllegalStateException(failures.get() + " batches could not be sent");
            }
        }

        private void send(int batch, Samples samples) {
            List<String> bodies = new ArrayList<>(reservations.subList(batch * (BATCH - 1), (batch + 1) * (BATCH - 1)));
            Instant committed = FIRST_COMMIT.plusMillis(batch);
            String hotel = HOTELS[batch % HOTELS.length];
            String room = Integer.toString(101 + batch / HOTELS.length % ROOMS_PER_HOTEL);
            String housekeeping = HOUSEKEEPING[batch / (HOTELS.length * ROOMS_PER_HOTEL) % HOUSEKEEPING.length];
            bodies.add(roomChange(batch, hotel, room, housekeeping, committed));
            long now = System.nanoTime();
            samples.sent(batch, key(hotel, room, committed), now);
            try {
                queue.sendBatch(bodies);
                sentRecords.addAndGet(bodies.size());
                lastAck.accumulateAndGet(System.nanoTime(), Math::max);
            } catch (RuntimeException e) {
                failures.incrementAndGet();
            }
        }

        double achievedRate() {
            return sentRecords.get() / ((lastAck.get() - firstSend.get()) / 1e9);
        }

        @Override
        public void close() {
            queue.close();
        }
    }

    /** A housekeeping change of one room, as DMS captures it; the commit LSN grows with every change. */
    private static String roomChange(int change, String hotel, String room, String housekeeping, Instant committed) {
        long lsn = 0x10000000L + change * 0x200L;
        String position = "%08X/%08X".formatted(lsn >>> 32, lsn & 0xFFFFFFFFL);
        String commit = committed.toString().replace("Z", "");
        if (!commit.contains(".")) {
            commit = commit + ".000";
        }
        return ("{\"data\":{\"cod_hotel\":\"%s\",\"num_apto\":\"%s\",\"num_andar\":%d,\"cod_tipo_apto\":\"STD\","
                + "\"sit_ocupacao\":\"V\",\"sit_limpeza\":\"%s\",\"fl_interditado\":\"false\",\"mot_interdicao\":null,"
                + "\"dh_ult_limpeza\":null,\"cod_camareira\":\"CAM07\",\"dh_alteracao\":\"%s000\"},"
                + "\"before-image\":{},\"metadata\":{\"timestamp\":\"%s000Z\",\"record-type\":\"data\","
                + "\"operation\":\"update\",\"partition-key-type\":\"schema-table\",\"schema-name\":\"governanca\","
                + "\"table-name\":\"quarto\",\"transaction-id\":%d,\"transaction-record-id\":1,"
                + "\"commit-timestamp\":\"%s000Z\",\"stream-position\":\"%s.2.%s\"}}")
                .formatted(hotel, room, Integer.parseInt(room) / 100, housekeeping, commit, commit,
                        80_000_000L + change, commit, position, position);
    }

    /**
     * Samples the gateway's used heap (all heap pools) from its Prometheus endpoint, keeping the
     * peak; reads its count of applied records there too.
     */
    private static final class HeapSampler {

        private final HttpClient http;
        private final URI prometheus;
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        HeapSampler(HttpClient http, int port) {
            this.http = http;
            this.prometheus = URI.create("http://localhost:" + port + "/actuator/prometheus");
            this.thread = new Thread(this::sample, "heap-sampler");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        private void sample() {
            while (running) {
                try {
                    String body = http.send(HttpRequest.newBuilder(prometheus).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    long used = body.lines().filter(line -> line.startsWith("jvm_memory_used_bytes{")
                                    && line.contains("area=\"heap\""))
                            .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                            .sum();
                    peak.accumulateAndGet(used, Math::max);
                    TimeUnit.MILLISECONDS.sleep(500);
                } catch (IOException e) {
                    // a missed sample
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            running = false;
        }

        long appliedRecords() throws IOException, InterruptedException {
            return (long) http.send(HttpRequest.newBuilder(prometheus).build(), HttpResponse.BodyHandlers.ofString())
                    .body().lines().filter(line -> line.startsWith("mirante_ingestion_records_total"))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        }

        long peakBytes() {
            return peak.get();
        }
    }

    /** The process's peak resident set size, as Linux keeps it. */
    private static long peakRssKb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .findFirst().orElse(-1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double millis(long nanos) {
        return Results.round(nanos / 1_000_000.0);
    }
}
