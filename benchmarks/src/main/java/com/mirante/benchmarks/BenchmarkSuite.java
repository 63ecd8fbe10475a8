package com.mirante.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs every benchmark at each given store size, each in a JVM of its own so that one's heap and
 * threads do not disturb the next, and writes {@code results.json} and {@code results.md}.
 *
 * <p>Usage (from the repository root, see run-benchmarks.sh): {@code java -cp benchmarks/target/benchmarks-*.jar
 * -Dloader.main=com.mirante.benchmarks.BenchmarkSuite org.springframework.boot.loader.launch.PropertiesLauncher
 * [--fsync-off] [storeEvents...]}. The embedded PostgreSQL writes durably (fsync, synchronous commit and full
 * page writes on, as a production server does) unless {@code --fsync-off} says otherwise; every result
 * records the settings it ran on, and {@code results.md} says them in its header.
 */
public final class BenchmarkSuite {

    private static final Path OUTPUT = Path.of("target", "benchmarks");
    private static final String GATEWAY_JAR = "ingestion-gateway/target/ingestion-gateway-0.1.0-SNAPSHOT-exec.jar";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FSYNC_OFF = "--fsync-off";

    private BenchmarkSuite() {
    }

    private record Benchmark(String name, Class<?> main, List<String> args) {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        boolean durable = true;
        for (String arg : args) {
            if (arg.equals(FSYNC_OFF)) {
                durable = false;
            } else {
                sizes.add(Integer.parseInt(arg.replace("_", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes.add(100_000);
        }
        Files.createDirectories(OUTPUT);
        ObjectNode results = JSON.createObjectNode();
        results.put("date", LocalDate.now().toString());
        results.put("machine", machine());
        results.put("embeddedPostgresDurable", durable);
        ArrayNode runs = results.putArray("runs");
        for (int size : sizes) {
            ObjectNode run = runs.addObject();
            run.put("storeEvents", size);
            for (Benchmark benchmark : benchmarks(size)) {
                run.set(benchmark.name(), runAlone(benchmark, size, durable));
            }
            JSON.writerWithDefaultPrettyPrinter().writeValue(OUTPUT.resolve("results.json").toFile(), results);
            Files.writeString(OUTPUT.resolve("results.md"), ResultsTable.markdown(results));
        }
        System.out.print(Files.readString(OUTPUT.resolve("results.md")));
    }

    private static List<Benchmark> benchmarks(int size) {
        String dir = OUTPUT.toString() + "/";
        return List.of(
                new Benchmark("ingestion", IngestionBenchmark.class,
                        List.of("40000", "4", dir + "ingestion-" + size + ".json", "4", Integer.toString(size), "20000")),
                new Benchmark("latency", LatencyBenchmark.class,
                        List.of(Integer.toString(size), "1000", "60", dir + "latency-" + size + ".json", GATEWAY_JAR)),
                // A chain's busy hour rather than a reload: what a record costs when the machine is not saturated.
                new Benchmark("latency300", LatencyBenchmark.class,
                        List.of(Integer.toString(size), "300", "60", dir + "latency300-" + size + ".json", GATEWAY_JAR)),
                new Benchmark("freshness", FreshnessBenchmark.class,
                        List.of(Integer.toString(size), "100", "300", "300", dir + "freshness-" + size + ".json",
                                GATEWAY_JAR)),
                new Benchmark("replay", ReplayBenchmark.class,
                        List.of(Integer.toString(size), dir + "replay-" + size + ".json")),
                new Benchmark("dashboard", DashboardBenchmark.class,
                        List.of("100", "1000", dir + "dashboard-" + size + ".json", Integer.toString(size))));
    }

    /** One benchmark in its own JVM, its output in a log beside the results; its JSON, or why there is none. */
    private static JsonNode runAlone(Benchmark benchmark, int size, boolean durable) throws Exception {
        Path json = Path.of(benchmark.args().stream().filter(arg -> arg.endsWith(".json")).findFirst().orElseThrow());
        Files.deleteIfExists(json);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dloader.main=" + benchmark.main().getName(),
                "-D" + DatabaseSettings.DURABLE + "=" + durable,
                "org.springframework.boot.loader.launch.PropertiesLauncher"));
        command.addAll(benchmark.args());
        Path log = OUTPUT.resolve(benchmark.name() + "-" + size + ".log");
        System.out.printf("%s at %,d events in the store (log: %s)%n", benchmark.name(), size, log);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(2, TimeUnit.HOURS);
        if (!finished) {
            process.destroyForcibly();
        }
        ObjectNode result = Files.exists(json) ? (ObjectNode) JSON.readTree(json.toFile()) : JSON.createObjectNode();
        result.put("wallSeconds", Math.round((System.nanoTime() - start) / 1e9));
        if (!Files.exists(json)) {
            result.put("failed", finished ? "exit " + process.exitValue() + ", see " + log : "timed out");
        }
        return result;
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + Runtime.getRuntime().maxMemory() / 1048576 * 4
                / 1024 + " GiB (a quarter of it is the default max heap), Java " + System.getProperty("java.version")
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }
}
