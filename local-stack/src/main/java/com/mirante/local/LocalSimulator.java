package com.mirante.local;

import com.mirante.local.SimulatorProgress.Chain;
import com.mirante.simulator.chain.ChainSimulation;
import com.mirante.simulator.chain.SimulationSettings;
import com.mirante.simulator.relay.Pacer;
import com.mirante.simulator.relay.Progress;
import com.mirante.simulator.relay.QueueSink;
import com.mirante.simulator.relay.RecordSink;
import com.mirante.simulator.relay.Relay;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * The simulated hotel chain feeding the local run's queue, so that a new user sees figures and
 * room states move without sending anything: {@code mirante.simulator.*} settings, on by default.
 * On a data directory an earlier run fed, it goes on with that chain where it stopped
 * ({@link SimulatorProgress}); asked for another chain there, it stays off rather than mix two.
 */
final class LocalSimulator {

    private static final Logger log = LoggerFactory.getLogger(LocalSimulator.class);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(30);

    private LocalSimulator() {
    }

    /**
     * Starts feeding the gateway's queue in the background, unless {@code mirante.simulator.enabled=false};
     * with {@code dataDirectory} (null: nothing kept) it resumes and records its progress there.
     */
    static Thread startIfEnabled(Environment gateway, Path dataDirectory) {
        if (!gateway.getProperty("mirante.simulator.enabled", Boolean.class, true)) {
            log.info("Simulator off (mirante.simulator.enabled=false)");
            return null;
        }
        Path progressFile = dataDirectory == null ? null : dataDirectory.resolve(SimulatorProgress.FILE);
        Optional<SimulatorProgress.Saved> saved = progressFile == null ? Optional.empty()
                : SimulatorProgress.read(progressFile);
        Chain chain = new Chain(new SimulationSettings(
                gateway.getProperty("mirante.simulator.hotels", Integer.class, 10),
                gateway.getProperty("mirante.simulator.days", Integer.class, 3650),
                // A restart goes on with the first run's chain, which began on the day it was started.
                LocalDate.parse(gateway.getProperty("mirante.simulator.start",
                        saved.map(s -> s.chain().settings().start()).orElse(LocalDate.now()).toString())),
                gateway.getProperty("mirante.simulator.seed", Long.class, 1L)),
                gateway.getProperty("mirante.simulator.duplicates", Double.class, 0.0),
                gateway.getProperty("mirante.simulator.reorder", Integer.class, 0));
        if (saved.isPresent() && !saved.get().chain().equals(chain)) {
            log.warn("Simulator off: {} holds the records of another simulated chain than the one asked for ({});"
                    + " go on with it ({}), or start over with ./run-local.sh --fresh", dataDirectory, chain,
                    saved.get().chain());
            return null;
        }
        long alreadySent = saved.map(SimulatorProgress.Saved::sent).orElse(0L);
        double speed = gateway.getProperty("mirante.simulator.speed", Double.class, 25.0);
        String endpoint = gateway.getProperty("mirante.sqs.endpoint");
        QueueSink.Queue queue = new QueueSink.Queue(gateway.getRequiredProperty("mirante.sqs.queue-url"),
                endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint),
                gateway.getProperty("mirante.sqs.region"), gateway.getProperty("mirante.sqs.access-key"),
                gateway.getProperty("mirante.sqs.secret-key"));
        Thread thread = new Thread(() -> run(chain, speed, queue, progressFile, alreadySent), "simulator");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void run(Chain chain, double speed, QueueSink.Queue queue, Path progressFile, long alreadySent) {
        SimulationSettings settings = chain.settings();
        log.info("Simulator: {} hotels from {} at {} records/s into {}{} (mirante.simulator.enabled=false turns it off)",
                settings.hotels(), settings.start(), speed, queue.queueUrl(),
                alreadySent > 0 ? ", going on after the " + alreadySent + " records an earlier run sent" : "");
        Pacer pacer = new Pacer(new Progress(new QueueSink(queue), progress -> log.info("Simulator: {}", progress),
                REPORT_EVERY.toMillis()), speed);
        // Records an earlier run sent are skipped before the pacer, so they cost no waiting.
        RecordSink paced = progressFile == null ? pacer : new SimulatorProgress(progressFile, chain, alreadySent, pacer);
        try (RecordSink relay = new Relay(paced, chain.duplicates(), chain.reorder(), settings.seed())) {
            long records = new ChainSimulation(settings).run(relay::send, pacer::start);
            log.info("Simulator: the chain's {} records are sent", records);
        } catch (CancellationException e) {
            log.info("Simulator stopped");
        } catch (RuntimeException e) {
            log.warn("Simulator stopped: {}", e.toString());
        }
    }
}
