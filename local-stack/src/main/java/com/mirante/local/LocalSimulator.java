package com.mirante.local;

import com.mirante.simulator.SimulatorApplication;
import com.mirante.simulator.SimulatorOptions;
import com.mirante.simulator.chain.SimulationSettings;
import com.mirante.simulator.relay.QueueSink;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * The simulated hotel chain feeding the local run's queue, so that a new user sees figures and
 * room states move without sending anything: {@code mirante.simulator.*} settings, on by default.
 */
final class LocalSimulator {

    private static final Logger log = LoggerFactory.getLogger(LocalSimulator.class);

    private LocalSimulator() {
    }

    /** Starts feeding the gateway's queue in the background, unless {@code mirante.simulator.enabled=false}. */
    static Thread startIfEnabled(Environment gateway) {
        if (!gateway.getProperty("mirante.simulator.enabled", Boolean.class, true)) {
            log.info("Simulator off (mirante.simulator.enabled=false)");
            return null;
        }
        String endpoint = gateway.getProperty("mirante.sqs.endpoint");
        SimulatorOptions options = new SimulatorOptions(
                new SimulationSettings(
                        gateway.getProperty("mirante.simulator.hotels", Integer.class, 10),
                        gateway.getProperty("mirante.simulator.days", Integer.class, 3650),
                        LocalDate.parse(gateway.getProperty("mirante.simulator.start", LocalDate.now().toString())),
                        gateway.getProperty("mirante.simulator.seed", Long.class, 1L)),
                gateway.getProperty("mirante.simulator.speed", Double.class, 25.0),
                gateway.getProperty("mirante.simulator.duplicates", Double.class, 0.0),
                gateway.getProperty("mirante.simulator.reorder", Integer.class, 0),
                null, null,
                new QueueSink.Queue(gateway.getRequiredProperty("mirante.sqs.queue-url"),
                        endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint),
                        gateway.getProperty("mirante.sqs.region"), gateway.getProperty("mirante.sqs.access-key"),
                        gateway.getProperty("mirante.sqs.secret-key")));
        Thread thread = new Thread(() -> run(options), "simulator");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void run(SimulatorOptions options) {
        SimulationSettings chain = options.simulation();
        log.info("Simulator: {} hotels from {} at {} records/s into {} (mirante.simulator.enabled=false turns it off)",
                chain.hotels(), chain.start(), options.speed(), options.queue().queueUrl());
        try {
            SimulatorApplication.run(options, progress -> log.info("Simulator: {}", progress), Duration.ofSeconds(30));
        } catch (CancellationException e) {
            log.info("Simulator stopped");
        } catch (RuntimeException e) {
            log.warn("Simulator stopped: {}", e.toString());
        }
    }
}
