package com.mirante.embedded;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts embedded PostgreSQL and ElasticMQ for an application that was given no database URL
 * and no SQS endpoint, and points the application at them. Only the local run and the tests put
 * this module on the classpath: a deployed application must never fall back to a throwaway
 * database while consuming a real queue.
 *
 * <ul>
 *   <li>{@code mirante.embedded.postgres.port}: 0 (default) picks a free port.</li>
 *   <li>{@code mirante.embedded.sqs.enabled}: set by applications that consume the queue.</li>
 *   <li>{@code mirante.embedded.sqs.port}: 9324 by default; 0 picks a free port (tests).</li>
 * </ul>
 */
public class EmbeddedInfrastructure implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        if (!environment.containsProperty("spring.datasource.url")) {
            int port = environment.getProperty("mirante.embedded.postgres.port", Integer.class, 0);
            properties.put("spring.datasource.url", EmbeddedPostgres.jdbcUrl(port));
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "postgres");
        }
        boolean wantsSqs = environment.getProperty("mirante.embedded.sqs.enabled", Boolean.class, false);
        if (wantsSqs && !environment.containsProperty("mirante.sqs.queue-url")) {
            EmbeddedSqs.Queues queues = EmbeddedSqs.start(
                    environment.getProperty("mirante.embedded.sqs.port", Integer.class, 9324),
                    environment.getProperty("mirante.embedded.sqs.queue-name", "dms-changes"),
                    environment.getProperty("mirante.embedded.sqs.dead-letter-queue-name", "dms-changes-dlq"));
            properties.put("mirante.sqs.endpoint", queues.endpoint());
            properties.put("mirante.sqs.region", EmbeddedSqs.REGION);
            properties.put("mirante.sqs.access-key", EmbeddedSqs.ACCESS_KEY);
            properties.put("mirante.sqs.secret-key", EmbeddedSqs.ACCESS_KEY);
            properties.put("mirante.sqs.queue-url", queues.queueUrl());
            properties.put("mirante.sqs.dead-letter-queue-url", queues.deadLetterQueueUrl());
        }
        if (!properties.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource("embeddedInfrastructure", properties));
        }
    }
}
