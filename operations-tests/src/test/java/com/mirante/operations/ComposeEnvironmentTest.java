package com.mirante.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.embedded.EmbeddedQueues;
import com.mirante.gateway.GatewayApplication;
import com.mirante.query.QueryApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * them, and nothing of this machine's, against a PostgreSQL prepared like the compose one
 * (database and role {@code mirante}, then {@code compose/postgres-init.sh}) and the ElasticMQ
 * queues {@code dms-changes} and {@code dms-changes-dlq}. Only the hosts change: {@code postgres}
 * and {@code elasticmq} become the embedded servers' local ports; the HTTP ports are random.
 * Then a change flows through, and Grafana's role reads every dashboard query.
 */
class ComposeEnvironmentTest {

    @Test
    void eachApplicationStartsWithTheEnvironmentComposeGivesIt() throws Exception {
        Map<String, String> postgres = Repository.composeEnvironment("postgres");
        String adminUrl = EmbeddedDatabases.create(postgres.get("POSTGRES_DB"));
        new JdbcTemplate(new DriverManagerDataSource(adminUrl)).execute("CREATE ROLE %s LOGIN SUPERUSER PASSWORD '%s'"
                .formatted(postgres.get("POSTGRES_USER"), postgres.get("POSTGRES_PASSWORD")));
        String databaseAddress = adminUrl.replaceAll(".*//([^/]+)/.*", "$1");
        new JdbcTemplate(new DriverManagerDataSource(adminUrl.replaceAll("\\?.*", ""), postgres.get("POSTGRES_USER"),
                postgres.get("POSTGRES_PASSWORD"))).execute(initScript(postgres.get("GRAFANA_DB_PASSWORD")));

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
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    authorized(query, "/api/v1/reservations/7001", "viewer:viewer").statusCode() == 200);
            assertThat(authorized(gateway, "/api/v1/dead-letters", "operator:operator").statusCode()).isEqualTo(200);

            readsEveryDashboardQueryAsGrafana(adminUrl, postgres.get("GRAFANA_DB_PASSWORD"));
        }
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

    private static String initScript(String grafanaPassword) {
        String script = Repository.text("compose/postgres-init.sh");
        String sql = script.substring(script.indexOf("<<'SQL'\n") + "<<'SQL'\n".length(), script.lastIndexOf("SQL\n"));
        return sql.replace(":'password'", "'" + grafanaPassword.replace("'", "''") + "'");
    }

    private static void readsEveryDashboardQueryAsGrafana(String adminUrl, String password) throws Exception {
        String user = Repository.yaml("grafana/provisioning/datasources/datasources.yml")
                .path("datasources").get(0).path("user").asText();
        DriverManagerDataSource grafana = new DriverManagerDataSource(adminUrl.replaceAll("\\?.*", ""), user, password);
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
