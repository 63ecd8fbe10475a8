package com.mirante.gateway.sqs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The gateway's meters, exposed on {@code /actuator/prometheus}:
 * {@code mirante_ingestion_messages_total{outcome,error_code}},
 * {@code mirante_ingestion_records_total}, {@code mirante_ingestion_dead_lettered_total{error_code}},
 * {@code mirante_ingestion_poller_restarts_total{cause}}, {@code mirante_ingestion_batches_total{applied}} and the {@code mirante_ingestion_latency_seconds} histogram, from the moment the relay sent
 * the message to SQS until its events were stored.
 */
@Component
class IngestionMetrics {

    private final MeterRegistry registry;
    private final Timer latency;
    private final Counter records;

    IngestionMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("mirante.ingestion.latency")
                .description("From the message's SentTimestamp to its events stored")
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
        this.records = Counter.builder("mirante.ingestion.records")
                .description("DMS records applied")
                .register(registry);
    }

    void applied(int recordCount, Duration sinceSent) {
        messages("applied", "none").increment();
        records.increment(recordCount);
        if (!sinceSent.isNegative()) {
            latency.record(sinceSent);
        }
    }

    void rejected(String errorCode) {
        messages("rejected", errorCode).increment();
    }

    void failed(String errorCode) {
        messages("failed", errorCode).increment();
    }

    void deadLettered(String errorCode) {
        Counter.builder("mirante.ingestion.dead.lettered")
                .description("Messages moved to the dead-letter queue by the gateway")
                .tag("error_code", errorCode)
                .register(registry)
                .increment();
    }

    /** A batch of several messages was applied in one transaction, or fell back to one by one. */
    void batch(boolean together) {
        Counter.builder("mirante.ingestion.batches")
                .description("Received batches of several messages, by how they were applied")
                .tag("applied", together ? "together" : "one_by_one")
                .register(registry)
                .increment();
    }

    /** A poller died of {@code cause} and is restarted (see {@link Supervisor}). */
    void pollerRestarted(Throwable cause) {
        Counter.builder("mirante.ingestion.poller.restarts")
                .description("Pollers restarted after a failure escaped them, by its class")
                .tag("cause", cause.getClass().getName())
                .register(registry)
                .increment();
    }

    private Counter messages(String outcome, String errorCode) {
        return Counter.builder("mirante.ingestion.messages")
                .description("SQS messages processed, by outcome")
                .tag("outcome", outcome)
                .tag("error_code", errorCode)
                .register(registry);
    }
}
