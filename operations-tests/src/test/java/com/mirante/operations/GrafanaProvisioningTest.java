package com.mirante.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every provisioning file parses and carries what Grafana refuses to load without. */
class GrafanaProvisioningTest {

    private static final Set<String> DATASOURCE_UIDS = Set.of(Dashboards.POSTGRES_UID, Dashboards.PROMETHEUS_UID);

    @Test
    void theDatasourcesAreThePostgresQueryModelsAndPrometheus() {
        JsonNode file = Repository.yaml("grafana/provisioning/datasources/datasources.yml");
        assertThat(file.path("apiVersion").asInt()).isEqualTo(1);
        Set<String> uids = new HashSet<>();
        file.path("datasources").forEach(datasource -> {
            assertThat(datasource.path("name").asText()).isNotBlank();
            assertThat(datasource.path("type").asText()).isIn("grafana-postgresql-datasource", "prometheus");
            assertThat(datasource.path("url").asText()).isNotBlank();
            uids.add(datasource.path("uid").asText());
        });
        assertThat(uids).isEqualTo(DATASOURCE_UIDS);
    }

    @Test
    void theQueryModelsAreReadAsGrafanasOwnRoleWithAPasswordFromTheEnvironment() {
        JsonNode postgres = Repository.yaml("grafana/provisioning/datasources/datasources.yml").path("datasources").get(0);
        assertThat(postgres.path("user").asText()).isEqualTo("mirante_grafana");
        assertThat(postgres.path("secureJsonData").path("password").asText()).isEqualTo("${GRAFANA_DB_PASSWORD}");
    }

    /** Every value of a field named like a password or secret, in every provisioning file, is a variable without default. */
    @Test
    void noProvisioningFileHoldsAPasswordOrADefaultForOne() {
        List<String> secrets = new ArrayList<>();
        for (String folder : List.of("datasources", "alerting", "dashboards")) {
            for (Path file : Repository.files("grafana/provisioning/" + folder, ".yml")) {
                collectSecrets(Repository.yaml(Repository.ROOT.relativize(file).toString()), secrets);
            }
        }
        assertThat(secrets).isNotEmpty().allSatisfy(value -> assertThat(value).matches("\\$\\{[A-Z0-9_]+}"));
    }

    private static void collectSecrets(JsonNode node, List<String> secrets) {
        node.fields().forEachRemaining(field -> {
            if (field.getValue().isValueNode() && field.getKey().toLowerCase().matches(".*(password|secret|token).*")) {
                secrets.add(field.getValue().asText());
            }
            collectSecrets(field.getValue(), secrets);
        });
        if (node.isArray()) {
            node.forEach(element -> collectSecrets(element, secrets));
        }
    }

    @Test
    void theDashboardProviderLoadsTheDashboardsFolder() {
        JsonNode provider = Repository.yaml("grafana/provisioning/dashboards/dashboards.yml").path("providers").get(0);
        assertThat(provider.path("type").asText()).isEqualTo("file");
        assertThat(provider.path("options").path("path").asText()).isNotBlank();
    }

    @Test
    void everyDashboardHasItsRequiredFieldsAndEveryPanelAQueryOnAKnownDatasource() {
        List<Path> files = Dashboards.files();
        assertThat(files).extracting(file -> file.getFileName().toString())
                .containsExactlyInAnyOrder("hotel-kpis.json", "ingestion.json", "processors.json");
        Set<String> dashboardUids = new HashSet<>();
        for (Path file : files) {
            JsonNode dashboard = Repository.json(file);
            assertThat(dashboard.path("title").asText()).as(file.toString()).isNotBlank();
            assertThat(dashboardUids.add(dashboard.path("uid").asText())).as("unique uid " + file).isTrue();
            assertThat(dashboard.path("uid").asText()).hasSizeLessThanOrEqualTo(40);
            assertThat(dashboard.path("schemaVersion").asInt()).isPositive();
            assertThat(dashboard.path("time").path("from").asText()).isNotBlank();
            Set<Integer> panelIds = new HashSet<>();
            for (Dashboards.Panel panel : Dashboards.panels(file)) {
                JsonNode json = panel.json();
                assertThat(panelIds.add(json.path("id").asInt())).as("unique id " + panel.title()).isTrue();
                assertThat(json.path("type").asText()).as(panel.title()).isNotBlank();
                JsonNode grid = json.path("gridPos");
                assertThat(grid.path("w").asInt()).as(panel.title()).isBetween(1, 24);
                assertThat(grid.path("x").asInt() + grid.path("w").asInt()).as(panel.title()).isLessThanOrEqualTo(24);
                assertThat(grid.path("h").asInt()).as(panel.title()).isPositive();
                assertThat(json.path("targets").size()).as(panel.title()).isPositive();
                Set<String> refIds = new HashSet<>();
                json.path("targets").forEach(target -> {
                    assertThat(refIds.add(target.path("refId").asText())).as("unique refId " + panel.title()).isTrue();
                    assertThat(target.path("datasource").path("uid").asText()).as(panel.title()).isIn(DATASOURCE_UIDS);
                    boolean sql = Dashboards.POSTGRES_UID.equals(target.path("datasource").path("uid").asText());
                    assertThat(target.path(sql ? "rawSql" : "expr").asText()).as(panel.title()).isNotBlank();
                });
            }
        }
    }

    @Test
    void everyAlertRuleHasAConditionOverItsQueriesAndTheRequiredFields() {
        JsonNode file = Repository.yaml("grafana/provisioning/alerting/rules.yml");
        assertThat(file.path("apiVersion").asInt()).isEqualTo(1);
        Set<String> titles = new HashSet<>();
        file.path("groups").forEach(group -> {
            assertThat(group.path("name").asText()).isNotBlank();
            assertThat(group.path("folder").asText()).isNotBlank();
            assertThat(group.path("interval").asText()).matches("\\d+[smh]");
            group.path("rules").forEach(rule -> {
                String title = rule.path("title").asText();
                titles.add(title);
                assertThat(rule.path("uid").asText()).as(title).isNotBlank().hasSizeLessThanOrEqualTo(40);
                assertThat(rule.path("noDataState").asText()).as(title).isIn("OK", "NoData", "Alerting");
                assertThat(rule.path("execErrState").asText()).as(title).isIn("OK", "Error", "Alerting");
                assertThat(rule.path("for").asText()).as(title).matches("\\d+[smh]");
                Set<String> refIds = new HashSet<>();
                rule.path("data").forEach(query -> {
                    assertThat(query.path("model").path("refId").asText()).isEqualTo(query.path("refId").asText());
                    refIds.add(query.path("refId").asText());
                    String datasource = query.path("datasourceUid").asText();
                    if (datasource.equals("__expr__")) {
                        assertThat(query.path("model").path("type").asText()).as(title).isIn("math", "threshold", "reduce");
                        // An expression may only name queries of the same rule.
                        String expression = query.path("model").path("expression").asText();
                        assertThat(expression.replaceAll("\\$\\{[A-Z_]+}", "").replaceAll("[^$A-Z]", " ").trim().split("\\s+"))
                                .allSatisfy(ref -> assertThat(refIds).contains(ref.replace("$", "")));
                    } else {
                        assertThat(datasource).as(title).isIn(DATASOURCE_UIDS);
                        assertThat(query.path("relativeTimeRange").path("from").asInt()).as(title).isPositive();
                        boolean sql = Dashboards.POSTGRES_UID.equals(datasource);
                        assertThat(query.path("model").path(sql ? "rawSql" : "expr").asText()).as(title).isNotBlank();
                        if (sql) {
                            // Grafana's SQL alerting takes a table's numeric column as the value, its text columns as labels.
                            assertThat(query.path("model").path("format").asText()).as(title).isEqualTo("table");
                        }
                    }
                });
                assertThat(refIds).as(title).contains(rule.path("condition").asText());
            });
        });
        assertThat(titles).containsExactlyInAnyOrder(
                "Ingestion stalled", "Dead-letter rate high", "Legacy table columns changed", "Processor in error",
                "Processor lagging");
    }

    @Test
    void alertsGoToSlackAndEmailThroughThePolicy() {
        JsonNode file = Repository.yaml("grafana/provisioning/alerting/notifications.yml");
        JsonNode contactPoint = file.path("contactPoints").get(0);
        Set<String> types = new HashSet<>();
        contactPoint.path("receivers").forEach(receiver -> {
            types.add(receiver.path("type").asText());
            assertThat(receiver.path("uid").asText()).isNotBlank();
        });
        assertThat(types).containsExactlyInAnyOrder("slack", "email");
        assertThat(contactPoint.path("receivers").get(0).path("settings").path("url").asText())
                .isEqualTo("${SLACK_WEBHOOK_URL}");
        JsonNode policy = file.path("policies").get(0);
        assertThat(policy.path("receiver").asText()).isEqualTo(contactPoint.path("name").asText());
        policy.path("routes").forEach(route ->
                assertThat(route.path("receiver").asText()).isEqualTo(contactPoint.path("name").asText()));
    }
}
