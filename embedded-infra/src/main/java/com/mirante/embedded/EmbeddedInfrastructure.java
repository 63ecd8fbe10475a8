package com.mirante.embedded;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
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
 *   <li>{@code mirante.embedded.postgres.data-dir}: keep the cluster in this directory, with durable
 *       settings, and the embedded queue's messages in it (the local run); without it, both are
 *       thrown away with the JVM (tests).</li>
 *   <li>{@code mirante.embedded.postgres.durable}: a throwaway cluster written with the kept one's
 *       durable settings (fsync, synchronous commit and full page writes on; the benchmarks' default),
 *       its queue's messages still in memory; false (default): fsync and synchronous commit off.</li>
 *   <li>{@code mirante.embedded.postgres.restore}: a dump ({@code pg_dump -Fc}) the database is filled
 *       from when it is created (a new data directory), before any application connects.</li>
 *   <li>{@code mirante.embedded.postgres.role}: connect as this role of {@code sql/roles/create-roles.sql}
 *       (the local run: {@code mirante_query} or {@code mirante_gateway}) to the database
 *       {@code mirante.embedded.postgres.database} ({@code mirante}), owned by {@code mirante}, who
 *       runs the migrations; without it, everything runs as the superuser.</li>
 *   <li>{@code mirante.embedded.sqs.enabled}: set by applications that consume the queue.</li>
 *   <li>{@code mirante.embedded.sqs.port}: 9324 by default; 0 picks a free port (tests).</li>
 * </ul>
 *
 * An application on this JVM's embedded database given no master key gets a throwaway one for the
 * JVM, as throwaway as the database (the local profile names its own key file instead).
 */
public class EmbeddedInfrastructure implements EnvironmentPostProcessor {

    /** The property source this adds: a {@code spring.datasource.url} in it is the embedded server's. */
    public static final String PROPERTY_SOURCE = "embeddedInfrastructure";

    private static final String THROWAWAY_MASTER_KEY = throwawayKey();

    private final Log log;

    public EmbeddedInfrastructure(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedInfrastructure.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        if (!environment.containsProperty("spring.datasource.url")) {
            properties.putAll(database(environment));
        }
        String url = environment.getProperty("spring.datasource.url", (String) properties.get("spring.datasource.url"));
        if (EmbeddedPostgres.serves(url) && !hasMasterKey(environment)) {
            properties.put("mirante.privacy.master-key", THROWAWAY_MASTER_KEY);
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
            environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, properties));
        }
    }

    private Map<String, Object> database(ConfigurableEnvironment environment) {
        Map<String, Object> properties = new HashMap<>();
        // Starts the server, on the port asked for, before anything else is made on it.
        String dataDirectory = environment.getProperty("mirante.embedded.postgres.data-dir");
        String superuser = EmbeddedPostgres.jdbcUrl(environment.getProperty("mirante.embedded.postgres.port", Integer.class, 0),
                dataDirectory == null ? null : Path.of(dataDirectory).toAbsolutePath().normalize(),
                environment.getProperty("mirante.embedded.postgres.durable", Boolean.class, false), log);
        String role = environment.getProperty("mirante.embedded.postgres.role");
        if (role == null) {
            properties.put("spring.datasource.url", superuser);
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "postgres");
        } else {
            String restore = environment.getProperty("mirante.embedded.postgres.restore");
            properties.put("spring.datasource.url", EmbeddedDatabases.ownedByRoles(
                    environment.getProperty("mirante.embedded.postgres.database", "mirante"),
                    restore == null || restore.isBlank() ? null : Path.of(restore), log));
            properties.putAll(EmbeddedDatabases.connectionAs(role));
        }
        return properties;
    }

    private static boolean hasMasterKey(ConfigurableEnvironment environment) {
        return environment.containsProperty("mirante.privacy.master-key")
                || environment.containsProperty("mirante.privacy.master-key-file")
                || environment.containsProperty("mirante.privacy.kms.key-id");
    }

    private static String throwawayKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
