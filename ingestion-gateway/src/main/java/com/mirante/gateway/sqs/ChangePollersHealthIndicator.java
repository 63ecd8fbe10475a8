package com.mirante.gateway.sqs;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code changePollers} (readiness group): DOWN while the consumer runs but no
 * poller does (each died and waits to be restarted), since the gateway then ingests nothing.
 * A consumer stopped on purpose ({@code mirante.sqs.auto-start=false}, maintenance) is UP: it was
 * asked to ingest nothing.
 */
@Component("changePollers")
class ChangePollersHealthIndicator implements HealthIndicator {

    private final ChangeQueueConsumer consumer;
    private final int configured;

    ChangePollersHealthIndicator(ChangeQueueConsumer consumer, SqsProperties properties) {
        this.consumer = consumer;
        this.configured = properties.pollers();
    }

    @Override
    public Health health() {
        if (!consumer.isRunning()) {
            return Health.up().withDetail("consuming", false).build();
        }
        int live = consumer.livePollers();
        return (live > 0 ? Health.up() : Health.down())
                .withDetail("consuming", true).withDetail("pollers", live).withDetail("configured", configured).build();
    }
}
