package com.mirante.operations;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The provisioned dashboards' panels and queries, and Grafana's SQL macros expanded as its PostgreSQL datasource does. */
final class Dashboards {

    static final String POSTGRES_UID = "mirante-query-models";
    static final String PROMETHEUS_UID = "mirante-prometheus";

    private static final Pattern TIME_FILTER = Pattern.compile("\\$__timeFilter\\(([^)]+)\\)");
    private static final Pattern FIELDS_REGEX = Pattern.compile("^/\\^\\(?([a-z_|]+)\\)?\\$/$");

    record Panel(String dashboard, JsonNode json) {
        String title() {
            return dashboard + " / " + json.path("title").asText();
        }

        /** The result columns the panel shows by name: its overrides and the fields its reduce options pick. */
        Set<String> columns() {
            Set<String> columns = new LinkedHashSet<>();
            json.path("fieldConfig").path("overrides").forEach(override -> {
                if ("byName".equals(override.path("matcher").path("id").asText())) {
                    columns.add(override.path("matcher").path("options").asText());
                }
            });
            Matcher fields = FIELDS_REGEX.matcher(json.path("options").path("reduceOptions").path("fields").asText());
            if (fields.matches()) {
                columns.addAll(List.of(fields.group(1).split("\\|")));
            }
            return columns;
        }
    }

    record Target(Panel panel, JsonNode json) {
        String datasource() {
            return json.path("datasource").path("uid").asText();
        }
    }

    private Dashboards() {
    }

    static List<Path> files() {
        return Repository.files("grafana/dashboards", ".json");
    }

    static List<Panel> panels(Path file) {
        JsonNode dashboard = Repository.json(file);
        List<Panel> panels = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> panels.add(new Panel(dashboard.path("title").asText(), panel)));
        return panels;
    }

    static List<Target> targets(String datasourceUid) {
        List<Target> targets = new ArrayList<>();
        for (Path file : files()) {
            for (Panel panel : panels(file)) {
                panel.json().path("targets").forEach(target -> targets.add(new Target(panel, target)));
            }
        }
        return targets.stream().filter(target -> target.datasource().equals(datasourceUid)).toList();
    }

    static List<Target> sqlTargets(String dashboardFile) {
        return targets(POSTGRES_UID).stream()
                .filter(target -> dashboardFile == null || target.panel().dashboard()
                        .equals(Repository.json(Repository.path("grafana/dashboards/" + dashboardFile)).path("title").asText()))
                .toList();
    }

    /** Grafana's expansion: the time range as RFC 3339 literals, a multi-value variable as a quoted list. */
    static String expand(String sql, String from, String to, List<String> hotels) {
        String quotedHotels = String.join(",", hotels.stream().map(hotel -> "'" + hotel.replace("'", "''") + "'").toList());
        return TIME_FILTER.matcher(sql).replaceAll(match -> Matcher.quoteReplacement(
                        match.group(1) + " BETWEEN '" + from + "' AND '" + to + "'"))
                .replace("$__timeFrom()", "'" + from + "'")
                .replace("$__timeTo()", "'" + to + "'")
                .replace("$hotel", quotedHotels);
    }
}
