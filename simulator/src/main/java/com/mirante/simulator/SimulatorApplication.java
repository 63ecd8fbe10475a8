package com.mirante.simulator;

import com.mirante.simulator.chain.ChainSimulation;
import com.mirante.simulator.relay.FileSink;
import com.mirante.simulator.relay.Pacer;
import com.mirante.simulator.relay.Progress;
import com.mirante.simulator.relay.QueueSink;
import com.mirante.simulator.relay.RecordSink;
import com.mirante.simulator.relay.Relay;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Simulates a hotel chain's legacy databases as seen through DMS, into an SQS queue or a file,
 * or replays a file of DMS records into a queue.
 */
public final class SimulatorApplication {

    private SimulatorApplication() {
    }

    public static void main(String[] args) {
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args);
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.err.println(SimulatorOptions.USAGE);
            System.exit(2);
            return;
        }
        run(options, System.err::println, Duration.ofSeconds(5));
    }

    /** Runs to the end, or until the thread is interrupted while pacing; reports progress every {@code every}. */
    public static void run(SimulatorOptions options, Consumer<String> report, Duration every) {
        long startedAt = System.nanoTime();
        RecordSink output = options.file() != null ? new FileSink(options.file()) : new QueueSink(options.queue());
        Progress progress = new Progress(output, report, every.toMillis());
        Pacer pacer = new Pacer(progress, options.speed());
        try (RecordSink relay = new Relay(pacer, options.duplicates(), options.reorder(), options.simulation().seed())) {
            if (options.replay() != null) {
                pacer.start();
                replay(options, relay);
            } else {
                new ChainSimulation(options.simulation()).run(relay::send, pacer::start);
            }
        }
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        report.accept("%,d records to %s in %.1f s (%,.0f records/s)".formatted(progress.count(),
                options.file() != null ? options.file() : options.queue().queueUrl(), seconds,
                progress.count() / seconds));
    }

    private static void replay(SimulatorOptions options, RecordSink sink) {
        try (BufferedReader reader = Files.newBufferedReader(options.replay(), StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    sink.send(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
