package com.mirante.operations;

import static org.awaitility.Awaitility.await;

import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.embedded.EmbeddedQueues;
import com.mirante.embedded.EmbeddedRoles;
import com.mirante.gateway.GatewayApplication;
import com.mirante.query.QueryApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The query side and the gateway, started once for this JVM on random ports over a database and
 * queues of their own, as the test classes that scrape them or query their schema need them. The
 * database is set up as an installation's: each application connects as its own role, the
 * migrations run as the owner, and Grafana's role exists.
 */
final class RunningPlatform {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static RunningPlatform instance;

    final ConfigurableApplicationContext query;
    final ConfigurableApplicationContext gateway;
    final String databaseUrl;

    private RunningPlatform(ConfigurableApplicationContext query, ConfigurableApplicationContext gateway,
                            String databaseUrl) {
        this.query = query;
        this.gateway = gateway;
        this.databaseUrl = databaseUrl;
    }

    static synchronized RunningPlatform get() {
        if (instance == null) {
            String database = EmbeddedDatabases.ownedByRoles("operations");
            List<String> args = new ArrayList<>(EmbeddedQueues.create("operations-changes"));
            args.addAll(List.of("--spring.datasource.url=" + database, "--server.port=0",
                    "--mirante.sqs.wait-time=1s", "--mirante.sqs.depth-refresh=1s", "--spring.profiles.active=local"));
            ConfigurableApplicationContext query = new SpringApplicationBuilder(QueryApplication.class)
                    .properties("spring.config.name=" + QueryApplication.CONFIG_NAME)
                    .run(as(EmbeddedRoles.QUERY, args));
            ConfigurableApplicationContext gateway = new SpringApplicationBuilder(GatewayApplication.class)
                    .properties("spring.config.name=" + GatewayApplication.CONFIG_NAME)
                    .run(as(EmbeddedRoles.GATEWAY, args));
            instance = new RunningPlatform(query, gateway, database);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                gateway.close();
                query.close();
            }));
        }
        return instance;
    }

    private static String[] as(String role, List<String> args) {
        List<String> connected = new ArrayList<>(args);
        EmbeddedDatabases.connectionAs(role).forEach((name, value) -> connected.add("--" + name + "=" + value));
        return connected.toArray(String[]::new);
    }

    /** The database as its owner, who may write test data into the query model. */
    JdbcTemplate owner() {
        return connectedAs(EmbeddedRoles.OWNER);
    }

    /** The database as Grafana's datasource reads it. */
    JdbcTemplate grafana() {
        return connectedAs(EmbeddedRoles.GRAFANA);
    }

    private JdbcTemplate connectedAs(String role) {
        return new JdbcTemplate(new DriverManagerDataSource(databaseUrl, role, EmbeddedRoles.password(role)));
    }

    static String get(ConfigurableApplicationContext application, String path) {
        String port = application.getEnvironment().getRequiredProperty("local.server.port");
        return http("http://localhost:" + port + path);
    }

    static String http(String url) {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + "\n" + response.body();
        } catch (Exception e) {
            throw new IllegalStateException("GET " + url + " failed", e);
        }
    }

    static void awaitUp(ConfigurableApplicationContext application, String path) {
        await().atMost(Duration.ofSeconds(30)).until(() -> get(application, path).startsWith("200"));
    }
}
