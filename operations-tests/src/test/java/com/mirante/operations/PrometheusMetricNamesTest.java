package com.mirante.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every PromQL expression of the dashboards and alert rules selects series the running
 * applications really expose on /actuator/prometheus, with the labels it matches on, once a good
 * and a bad change went through the gateway and the REST API answered a request.
 */
class PrometheusMetricNamesTest {

    private static Map<String, Map<String, Set<String>>> exposedByJob;

    @BeforeAll
    static void scrapeAfterTraffic() throws Exception {
        RunningPlatform platform = RunningPlatform.get();
        ChangeTraffic.sendOnce(platform.gateway.getEnvironment());
        String auth = Base64.getEncoder().encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8));
        String port = platform.query.getEnvironment().getRequiredProperty("local.server.port");
        HttpResponse<String> hotels = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/hotels"))
                .header("Authorization", "Basic " + auth).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(hotels.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                scrape(platform.gateway).containsKey("mirante_ingestion_dead_lettered_total")
                        && scrape(platform.query).containsKey("eventProcessor_processedCounter_total"));
        // The job names are those of compose/prometheus.yml.
        exposedByJob = Map.of("ingestion-gateway", scrape(platform.gateway), "query-side", scrape(platform.query));
    }

    private static Map<String, Set<String>> scrape(ConfigurableApplicationContext application) {
        String response = RunningPlatform.get(application, "/actuator/prometheus");
        assertThat(response).startsWith("200");
        return PromQl.exposition(response.substring(response.indexOf('\n') + 1));
    }

    @Test
    void theJobsAreThoseOfThePrometheusConfiguration() {
        Set<String> jobs = new HashSet<>();
        Repository.yaml("compose/prometheus.yml").path("scrape_configs")
                .forEach(job -> jobs.add(job.path("job_name").asText()));
        assertThat(jobs).isEqualTo(exposedByJob.keySet());
    }

    @Test
    void everyExpressionSelectsExposedSeriesWithTheLabelsItMatches() {
        List<String> expressions = expressions();
        assertThat(expressions).hasSizeGreaterThanOrEqualTo(15);
        for (String expression : expressions) {
            List<String> jobs = PromQl.jobs(expression);
            assertThat(jobs).as("one job per expression: " + expression).hasSize(1);
            Map<String, Set<String>> exposed = exposedByJob.get(jobs.get(0));
            assertThat(exposed).as("job of " + expression).isNotNull();
            Set<String> names = PromQl.metricNames(expression);
            assertThat(names).as(expression).isNotEmpty();
            assertThat(exposed.keySet()).as(expression).containsAll(names);
            PromQl.matchedLabels(expression).forEach((metric, labels) -> {
                Set<String> withJob = new HashSet<>(exposed.get(metric));
                withJob.add("job"); // added by Prometheus at scrape time
                assertThat(withJob).as(metric + " in " + expression).containsAll(labels);
            });
        }
    }

    private static List<String> expressions() {
        List<String> expressions = new ArrayList<>();
        Dashboards.targets(Dashboards.PROMETHEUS_UID).forEach(target -> expressions.add(target.json().path("expr").asText()));
        Repository.yaml("grafana/provisioning/alerting/rules.yml").path("groups").forEach(group ->
                group.path("rules").forEach(rule -> rule.path("data").forEach(query -> {
                    JsonNode expr = query.path("model").path("expr");
                    if (!expr.isMissingNode()) {
                        expressions.add(expr.asText());
                    }
                })));
        return expressions;
    }
}
