package com.mirante.local;

import com.mirante.embedded.EmbeddedRoles;
import com.mirante.gateway.GatewayApplication;
import com.mirante.query.QueryApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The local run: the query side (REST API on 8080) and the ingestion gateway (8081) in one JVM,
 * each in its own application context as they run when deployed apart. Without a configured
 * database or queue, both share an embedded PostgreSQL and an embedded ElasticMQ on 9324; on the
 * embedded database each connects as its own role, as deployed (the migrations run as the owner).
 */
public final class LocalStack implements AutoCloseable {

    private final ConfigurableApplicationContext query;
    private final ConfigurableApplicationContext gateway;
    private Thread simulator;

    private LocalStack(ConfigurableApplicationContext query, ConfigurableApplicationContext gateway) {
        this.query = query;
        this.gateway = gateway;
    }

    /** The local run, with the simulated chain feeding the queue unless {@code --mirante.simulator.enabled=false}. */
    public static void main(String[] args) {
        start(args).startSimulator();
    }

    /** Feeds the gateway's queue (created by the gateway, so only now) from the simulated hotel chain. */
    public void startSimulator() {
        simulator = LocalSimulator.startIfEnabled(gateway.getEnvironment());
    }

    /** Starts the query side, then the gateway; arguments go to both (for example {@code --spring.profiles.active=...}). */
    public static LocalStack start(String... args) {
        ConfigurableApplicationContext query = context(QueryApplication.class, QueryApplication.CONFIG_NAME,
                EmbeddedRoles.QUERY, args);
        try {
            return new LocalStack(query, context(GatewayApplication.class, GatewayApplication.CONFIG_NAME,
                    EmbeddedRoles.GATEWAY, args));
        } catch (RuntimeException e) {
            query.close();
            throw e;
        }
    }

    private static ConfigurableApplicationContext context(Class<?> application, String configName, String role,
                                                          String... args) {
        return new SpringApplicationBuilder(application)
                // The local profile brings the local users (viewer/viewer, operator/operator) and master key.
                .properties("spring.config.name=" + configName, "spring.profiles.default=local",
                        "mirante.embedded.postgres.role=" + role)
                .run(args);
    }

    public ConfigurableApplicationContext query() {
        return query;
    }

    public ConfigurableApplicationContext gateway() {
        return gateway;
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.interrupt();
        }
        gateway.close();
        query.close();
    }
}
