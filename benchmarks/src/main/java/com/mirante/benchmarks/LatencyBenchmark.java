package com.mirante.benchmarks;

import com.mirante.embedded.EmbeddedQueues;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.springframework.context.ConfigurableApplicationContext;

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
        ConfigurableApplicationContext query = StorePreload.querySideOver(storeEvents);
        GatewayProcess gateway = null;
        try {

            HttpClient http = HttpClient.newHttpClient();
            List<String> gatewayArgs = new ArrayList<>(List.of("--mirante.sqs.pollers=4"));
            gatewayArgs.addAll(queueArgs);
            gateway = GatewayProcess.start(gatewayJar, query.getEnvironment(), gatewayArgs,
                    output.toAbsolutePath().resolveSibling("latency-gateway.log"), http);
            HeapSampler heap = new HeapSampler(http, gateway.port());
            heap.start();

            int queryPort = Integer.parseInt(query.getEnvironment().getRequiredProperty("local.server.port"));
            RoomSamples samples = new RoomSamples();
            LiveRooms.subscribe(http, queryPort, samples::seen);
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
                CpuBudget cpu = new CpuBudget(gateway.process().toHandle());
                long appliedBefore = heap.appliedRecords();
                cpu.start();
                sender.run(rate, warmUpBatches, seconds * rate / BATCH, samples);
                result.put("achievedRecordsPerSecond", Results.round(sender.achievedRate()));
                result.put("cpuWhileSending", cpu.since(heap.appliedRecords() - appliedBefore));
            }
            samples.awaitAll(Duration.ofMinutes(3));
            heap.stop();
            samples.report(result, "latency", warmUpBatches);
            result.put("gatewayPeakHeapMb", Results.round(heap.peakBytes() / 1048576.0));
            result.put("gatewayPeakRssMb", Results.round(peakRssKb(gateway.process().pid()) / 1024.0));
            result.put("gatewayProcess", "separate JVM, default heap settings");
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
        void run(int rate, int first, int count, RoomSamples samples) throws InterruptedException {
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

        private void send(int batch, RoomSamples samples) {
            List<String> bodies = new ArrayList<>(reservations.subList(batch * (BATCH - 1), (batch + 1) * (BATCH - 1)));
            RoomChanges.Change change = RoomChanges.change(batch);
            bodies.add(change.body());
            long now = System.nanoTime();
            samples.sent(batch, change.key(), now);
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
}
