package com.mirante.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mirante.embedded.EmbeddedQueues;
import com.mirante.embedded.PsqlScript;
import com.mirante.gateway.GatewayApplication;
import com.mirante.query.QueryApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The query side and the gateway start with exactly the environment docker-compose.yml gives
 * them with an operator's secrets set ({@link ComposeSecrets}), and nothing of this machine's,
 * against a PostgreSQL server of their own prepared as the postgres image prepares it (the owner
 * {@code POSTGRES_USER} with its database, then {@code compose/postgres-init.sh} with the variables
 * it passes) and checking passwords, and the ElasticMQ queues {@code dms-changes} and
 * {@code dms-changes-dlq}. Only the hosts change: {@code postgres} and {@code elasticmq} become the
 * embedded servers' local ports; the HTTP ports are random. Then a change flows through, and
 * Grafana's role, with Grafana's password, reads every dashboard query.
 */
class ComposeEnvironmentTest {

    private static final Pattern PSQL_VARIABLE = Pattern.compile("-v (\\w+)=\"\\$(\\w+)\"");
    private static final Pattern PSQL_FILE = Pattern.compile("-f (\\S+)");

    @Test
    void eachApplicationStartsWithTheEnvironmentComposeGivesIt() throws Exception {
        Map<String, String> postgres = Repository.composeEnvironment("postgres");
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectoryCustomizer(directory ->
                checkPasswords(directory.toPath().resolve("pg_hba.conf"))).start()) {
            JdbcTemplate superuser = new JdbcTemplate(server.getPostgresDatabase());
            superuser.execute("CREATE ROLE %s LOGIN SUPERUSER PASSWORD '%s'"
                    .formatted(postgres.get("POSTGRES_USER"), postgres.get("POSTGRES_PASSWORD")));
            superuser.execute("CREATE DATABASE %s OWNER %s".formatted(postgres.get("POSTGRES_DB"), postgres.get("POSTGRES_USER")));
            String databaseAddress = "localhost:" + server.getPort();
            String url = "jdbc:postgresql://" + databaseAddress + "/" + postgres.get("POSTGRES_DB");
            new JdbcTemplate(new DriverManagerDataSource(url, postgres.get("POSTGRES_USER"), postgres.get("POSTGRES_PASSWORD")))
                    .execute(initScript(postgres));

            // The embedded ElasticMQ holds dms-changes and dms-changes-dlq from its start.
            String queueEndpoint = EmbeddedQueues.create("compose-probe").get(0).replaceAll(".*//", "");
            Map<String, String> hosts = Map.of("postgres:5432", databaseAddress, "elasticmq:9324", queueEndpoint);

            try (ConfigurableApplicationContext query = start(QueryApplication.class, QueryApplication.CONFIG_NAME,
                         environment("query-side", hosts));
                 ConfigurableApplicationContext gateway = start(GatewayApplication.class, GatewayApplication.CONFIG_NAME,
                         environment("ingestion-gateway", hosts))) {
                assertThat(RunningPlatform.get(query, "/actuator/health/readiness")).startsWith("200");
                String gatewayReadiness = RunningPlatform.get(gateway, "/actuator/health/readiness");
                assertThat(gatewayReadiness).startsWith("200").contains("\"changeQueue\":{\"status\":\"UP\"");
                assertThat(gateway.getEnvironment().getRequiredProperty("mirante.sqs.queue-url")).endsWith("/dms-changes");

                ChangeTraffic.send(gateway.getEnvironment());
                String viewer = "viewer:" + ComposeSecrets.VIEWER_PASSWORD;
                await().atMost(Duration.ofSeconds(60)).until(() ->
                        authorized(query, "/api/v1/reservations/7001", viewer).statusCode() == 200);
                String operator = "operator:" + ComposeSecrets.OPERATOR_PASSWORD;
                assertThat(authorized(gateway, "/api/v1/dead-letters", operator).statusCode()).isEqualTo(200);

                readsEveryDashboardQueryAsGrafana(url, postgres.get("GRAFANA_DB_PASSWORD"));
            }
        }
    }

    /** As a server of an installation: every role but the superuser the test prepares it with gives its password. */
    private static void checkPasswords(Path hba) {
        try {
            Files.writeString(hba, """
                    local all all trust
                    host all postgres 127.0.0.1/32 trust
                    host all postgres ::1/128 trust
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What postgres-init.sh runs: the script it names with {@code -f} (mounted from the repository
     * into the postgres service), with the psql variables it passes from the service's environment.
     */
    private static String initScript(Map<String, String> postgres) {
        String init = Repository.text("compose/postgres-init.sh");
        Matcher file = PSQL_FILE.matcher(init);
        assertThat(file.find()).as("postgres-init.sh runs a script").isTrue();
        String script = null;
        for (JsonNode volume : Repository.compose().path("services").path("postgres").path("volumes")) {
            String[] parts = volume.asText().split(":");
            if (parts[1].equals(file.group(1))) {
                script = Repository.text(parts[0].substring(2));
            }
        }
        assertThat(script).as("the script postgres-init.sh runs is mounted").isNotNull();
        Map<String, String> variables = new HashMap<>();
        PSQL_VARIABLE.matcher(init).results().forEach(variable ->
                variables.put(variable.group(1), postgres.get(variable.group(2))));
        return PsqlScript.substitute(script, variables);
    }

    /** The compose service's variables, hosts swapped for the embedded servers, as the process's whole environment. */
    private static Map<String, String> environment(String service, Map<String, String> hosts) {
        Map<String, String> environment = new LinkedHashMap<>();
        Repository.composeEnvironment(service).forEach((name, value) -> {
            String local = value;
            for (Map.Entry<String, String> host : hosts.entrySet()) {
                local = local.replace(host.getKey(), host.getValue());
            }
            environment.put(name, local);
        });
        return environment;
    }

    private static ConfigurableApplicationContext start(Class<?> application, String configName,
                                                        Map<String, String> variables) {
        StandardEnvironment environment = new StandardEnvironment() {
            @Override
            protected void customizePropertySources(MutablePropertySources sources) {
                super.customizePropertySources(sources);
                sources.replace(SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                        SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new LinkedHashMap<>(variables)));
            }
        };
        return new SpringApplicationBuilder(application)
                .environment(environment)
                .properties("spring.config.name=" + configName)
                .run("--server.port=0");
    }

    private static void readsEveryDashboardQueryAsGrafana(String url, String password) throws Exception {
        String user = Repository.yaml("grafana/provisioning/datasources/datasources.yml")
                .path("datasources").get(0).path("user").asText();
        DriverManagerDataSource grafana = new DriverManagerDataSource(url, user, password);
        assertThat(new JdbcTemplate(grafana).queryForObject("SELECT current_user", String.class)).isEqualTo(user);
        for (Dashboards.Target target : Dashboards.sqlTargets(null)) {
            DashboardSqlTest.run(grafana, target, LocalDate.now().minusDays(29), LocalDate.now(), List.of("POA01"));
        }
    }

    private static HttpResponse<String> authorized(ConfigurableApplicationContext application, String path,
                                                   String credentials) throws Exception {
        String port = application.getEnvironment().getRequiredProperty("local.server.port");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Basic "
                                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
