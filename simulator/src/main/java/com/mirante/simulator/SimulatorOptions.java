package com.mirante.simulator;

import com.mirante.simulator.chain.SimulationSettings;
import com.mirante.simulator.relay.QueueSink;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The simulator's command line, {@code --name=value} each.
 *
 * @param speed      records per second after the full load; 0 for as fast as possible
 * @param duplicates share of records the relay delivers twice
 * @param reorder    how many records apart the relay may deliver a record (0 keeps the capture order)
 * @param file       write to this file (one JSON per line) instead of a queue
 * @param replay     send this file's records instead of simulating
 */
public record SimulatorOptions(SimulationSettings simulation, double speed, double duplicates, int reorder,
                               Path file, Path replay, QueueSink.Queue queue) {

    static final String USAGE = """
            Usage: java -jar simulator-0.1.0-SNAPSHOT-exec.jar [options]
              --hotels=N          hotels in the chain (default 5)
              --days=N            simulated days after the full load (default 7)
              --start=YYYY-MM-DD  first simulated day (default today)
              --seed=N            same seed, same records (default 1)
              --speed=N|max       records per second after the full load (default max)
              --duplicates=P      share of records delivered twice, e.g. 0.01 (default 0)
              --reorder=N         records may arrive up to N places out of order (default 0)
              --file=PATH         write one JSON record per line to PATH instead of a queue
              --replay=PATH       send the records of PATH (one JSON per line) instead of simulating
              --queue-url=URL     the SQS queue (default the local run's http://localhost:9324/000000000000/dms-changes)
              --endpoint=URL      SQS-compatible endpoint (default: taken from a localhost queue URL, else AWS)
              --region=R, --access-key=K, --secret-key=S   (defaults us-east-1, and static keys for a local endpoint)""";

    private static final Set<String> NAMES = Set.of("hotels", "days", "start", "seed", "speed", "duplicates",
            "reorder", "file", "replay", "queue-url", "endpoint", "region", "access-key", "secret-key");
    private static final String LOCAL_QUEUE = "http://localhost:9324/000000000000/dms-changes";

    public static SimulatorOptions parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0 || !NAMES.contains(arg.substring(2, equals))) {
                throw new IllegalArgumentException("Unknown option " + arg);
            }
            values.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        SimulationSettings simulation = new SimulationSettings(
                Integer.parseInt(values.getOrDefault("hotels", "5")),
                Integer.parseInt(values.getOrDefault("days", "7")),
                values.containsKey("start") ? LocalDate.parse(values.get("start")) : LocalDate.now(),
                Long.parseLong(values.getOrDefault("seed", "1")));
        String speed = values.getOrDefault("speed", "max");
        String queueUrl = values.getOrDefault("queue-url", LOCAL_QUEUE);
        URI queueUri = URI.create(queueUrl);
        boolean local = "localhost".equals(queueUri.getHost()) || "127.0.0.1".equals(queueUri.getHost());
        String endpoint = values.getOrDefault("endpoint",
                local ? queueUri.getScheme() + "://" + queueUri.getAuthority() : null);
        return new SimulatorOptions(simulation,
                "max".equals(speed) ? 0 : Double.parseDouble(speed),
                Double.parseDouble(values.getOrDefault("duplicates", "0")),
                Integer.parseInt(values.getOrDefault("reorder", "0")),
                values.containsKey("file") ? Path.of(values.get("file")) : null,
                values.containsKey("replay") ? Path.of(values.get("replay")) : null,
                new QueueSink.Queue(queueUrl, endpoint == null ? null : URI.create(endpoint),
                        values.getOrDefault("region", "us-east-1"),
                        values.getOrDefault("access-key", endpoint == null ? null : "simulator"),
                        values.getOrDefault("secret-key", endpoint == null ? null : "simulator")));
    }
}
