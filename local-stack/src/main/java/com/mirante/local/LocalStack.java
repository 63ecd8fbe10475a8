package com.mirante.local;

import com.mirante.embedded.EmbeddedRoles;
import com.mirante.gateway.GatewayApplication;
import com.mirante.query.QueryApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The local run: the query side (REST API on 8080) and the ingestion gateway (8081) in one JVM,
 * each in its own application context as they run when deployed apart. Without a configured
 * database or queue, both share an embedded PostgreSQL and an embedded ElasticMQ on 9324; on the
 * embedded database each connects as its own role, as deployed (the migrations run as the owner).
 * Started by {@link #main}, the embedded servers keep their data in {@code mirante.local.data-dir}.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    /** The local run's defaults for keeping its data; the tests start throwaway servers instead. */
    private static final List<String> KEEPING_DATA = List.of(
            "mirante.embedded.postgres.data-dir=${mirante.local.data-dir:data}/postgres",
            // A fixed port, so that psql and pg_dump find the database where the log said.
            "mirante.embedded.postgres.port=5433");
    private static final Pattern DATABASE = Pattern.compile("//([^:/]+):(\\d+)/(\\w+)");

    private final ConfigurableApplicationContext query;
    private final ConfigurableApplicationContext gateway;
    private Thread simulator;

    private LocalStack(ConfigurableApplicationContext query, ConfigurableApplicationContext gateway) {
        this.query = query;
        this.gateway = gateway;
    }

    /** The local run, with the simulated chain feeding the queue unless {@code --mirante.simulator.enabled=false}. */
    public static void main(String[] args) {
        LocalStack stack;
        try {
            stack = start(KEEPING_DATA, args);
        } catch (RuntimeException e) {
            // The embedded servers' threads would keep the JVM up: the run is over, and says why above.
            log.error("The local run did not start", e);
            System.exit(1);
            return;
        }
        stack.logWhereTheDataLives();
        stack.startSimulator();
        // Run after the contexts are closed and before the embedded servers stop: its last progress is written.
        SpringApplication.getShutdownHandlers().add(stack::stopSimulator);
    }

    /** Feeds the gateway's queue (created by the gateway, so only now) from the simulated hotel chain. */
    public void startSimulator() {
        simulator = LocalSimulator.startIfEnabled(gateway.getEnvironment(), keptDataDirectory());
    }

    /** Starts the query side, then the gateway; arguments go to both (for example {@code --spring.profiles.active=...}). */
    public static LocalStack start(String... args) {
        return start(List.of(), args);
    }

    private static LocalStack start(List<String> defaults, String... args) {
        ConfigurableApplicationContext query = context(QueryApplication.class, QueryApplication.CONFIG_NAME,
                EmbeddedRoles.QUERY, defaults, args);
        try {
            return new LocalStack(query, context(GatewayApplication.class, GatewayApplication.CONFIG_NAME,
                    EmbeddedRoles.GATEWAY, defaults, args));
        } catch (RuntimeException e) {
            query.close();
            throw e;
        }
    }

    private static ConfigurableApplicationContext context(Class<?> application, String configName, String role,
                                                          List<String> defaults, String... args) {
        List<String> properties = new ArrayList<>(List.of("spring.config.name=" + configName,
                // The local profile brings the local users (viewer/viewer, operator/operator) and master key.
                "spring.profiles.default=local", "mirante.embedded.postgres.role=" + role));
        properties.addAll(defaults);
        return new SpringApplicationBuilder(application).properties(properties.toArray(String[]::new)).run(args);
    }

    /** The directory the run keeps its data in, or null when its servers are throwaway ones. */
    private Path keptDataDirectory() {
        Environment environment = query.getEnvironment();
        return environment.containsProperty("mirante.embedded.postgres.data-dir")
                ? Path.of(environment.getProperty("mirante.local.data-dir", "data")).toAbsolutePath().normalize()
                : null;
    }

    private void logWhereTheDataLives() {
        Path data = keptDataDirectory();
        Matcher database = DATABASE.matcher(query.getEnvironment().getRequiredProperty("spring.datasource.url"));
        if (data == null || !database.find()) {
            return;
        }
        log.info("The local run keeps its data in {}: PostgreSQL's cluster in postgres/ (event store, query models,"
                + " and the queue's messages in database elasticmq), the master key in master.key, the simulator's"
                + " progress in simulator.properties. Look inside with: psql -h {} -p {} -U postgres {}"
                + " (no password from this machine). ./run-local.sh --fresh starts over.",
                data, database.group(1), database.group(2), database.group(3));
    }

    public ConfigurableApplicationContext query() {
        return query;
    }

    public ConfigurableApplicationContext gateway() {
        return gateway;
    }

    private void stopSimulator() {
        if (simulator != null) {
            simulator.interrupt();
        }
    }

    @Override
    public void close() {
        stopSimulator();
        gateway.close();
        query.close();
    }
}
