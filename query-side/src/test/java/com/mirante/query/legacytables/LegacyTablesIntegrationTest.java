package com.mirante.query.legacytables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mirante.api.schema.ColumnDefinition;
import com.mirante.api.schema.LegacyTableDropped;
import com.mirante.api.schema.LegacyTableIds;
import com.mirante.api.schema.LegacyTableReloaded;
import com.mirante.api.schema.LegacyTableSchemaChanged;
import com.mirante.api.schema.SchemaChangeKind;
import com.mirante.platform.security.CrossSiteRequestFilter;
import com.mirante.query.DomainEvents;
import com.mirante.query.QuerySideIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The legacy tables query model against real PostgreSQL, from the schema logs' events to the API. */
@QuerySideIntegrationTest
class LegacyTablesIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TASK = "HKQ3ZP7RVA2MXN4TWDLE6YJB5C";
    private static final ColumnDefinition KEY = new ColumnDefinition("INT64", null, null, null, false);
    private static final ColumnDefinition CODE = new ColumnDefinition("WSTRING", 10, null, null, true);
    private static final ColumnDefinition AMOUNT = new ColumnDefinition("NUMERIC", null, 12, 2, true);

    @Autowired
    private EventStore eventStore;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private JdbcClient jdbc;

    private void publish(String table, Object event) {
        DomainEvents.publish(eventStore, "LegacyTable", LegacyTableIds.aggregateId(table), event);
    }

    private ResponseEntity<JsonNode> get(String path) {
        return rest.withBasicAuth("viewer", "viewer").getForEntity(path, JsonNode.class);
    }

    private static Map<String, ColumnDefinition> columns(Object... namesAndDefinitions) {
        Map<String, ColumnDefinition> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndDefinitions.length; i += 2) {
            columns.put((String) namesAndDefinitions[i], (ColumnDefinition) namesAndDefinitions[i + 1]);
        }
        return columns;
    }

    private LegacyTableSchemaChanged change(String table, SchemaChangeKind kind, Map<String, ColumnDefinition> columns,
                                           String at) {
        return new LegacyTableSchemaChanged(table, kind, columns, List.of("id_reserva"), TASK, Instant.parse(at));
    }

    @Test
    void eachTableShowsItsColumnsTheColumnsItsChangesAddedAndDroppedAndItsReloads() throws Exception {
        String reservations = "reservas.reserva";
        // The first definition seen (the table is older than the task) is where its columns start.
        publish(reservations, change(reservations, SchemaChangeKind.ADD_COLUMN,
                columns("id_reserva", KEY, "obs_reserva", CODE), "2025-03-18T13:30:12.334871Z"));
        publish(reservations, change(reservations, SchemaChangeKind.ADD_COLUMN,
                columns("id_reserva", KEY, "obs_reserva", CODE, "vlr_comissao", AMOUNT), "2025-03-19T09:00:00Z"));
        publish(reservations, change(reservations, SchemaChangeKind.DROP_COLUMN,
                columns("id_reserva", KEY, "vlr_comissao", AMOUNT), "2025-03-19T10:00:00Z"));
        // Without control details: which column is not known, the columns stay as they were.
        publish(reservations, change(reservations, SchemaChangeKind.CHANGE_COLUMNS, Map.of(), "2025-03-19T11:00:00Z"));
        publish(reservations, new LegacyTableDropped(reservations, TASK, Instant.parse("2025-03-20T03:00:04.207155Z")));
        publish(reservations, new LegacyTableReloaded(reservations, TASK, Instant.parse("2025-03-20T03:00:04.207155Z"),
                Instant.parse("2025-03-20T03:00:04.215730Z")));
        String charges = "faturamento.lancamento";
        publish(charges, new LegacyTableDropped(charges, null, Instant.parse("2025-03-21T08:00:00Z")));

        JsonNode expected = json.readTree("""
                {"table":"reservas.reserva","droppedAt":null,
                 "columns":[
                   {"name":"id_reserva","type":"INT64","length":null,"precision":null,"scale":null,"nullable":false},
                   {"name":"vlr_comissao","type":"NUMERIC","length":null,"precision":12,"scale":2,"nullable":true}],
                 "changes":[
                   {"kind":"CHANGE_COLUMNS","at":"2025-03-19T11:00:00Z","added":[],"dropped":[]},
                   {"kind":"DROP_COLUMN","at":"2025-03-19T10:00:00Z","added":[],"dropped":["obs_reserva"]},
                   {"kind":"ADD_COLUMN","at":"2025-03-19T09:00:00Z","added":["vlr_comissao"],"dropped":[]},
                   {"kind":"ADD_COLUMN","at":"2025-03-18T13:30:12.334871Z","added":[],"dropped":[]}],
                 "reloads":[{"droppedAt":"2025-03-20T03:00:04.207155Z","reloadedAt":"2025-03-20T03:00:04.215730Z",
                             "taskId":"HKQ3ZP7RVA2MXN4TWDLE6YJB5C"}]}""");
        await().atMost(WAIT).until(() -> expected.equals(get("/api/v1/legacy-tables/" + reservations).getBody()));

        JsonNode dropped = await().atMost(WAIT).until(() -> get("/api/v1/legacy-tables/" + charges).getBody(),
                body -> body != null && body.has("droppedAt"));
        assertThat(dropped.path("droppedAt").asText()).isEqualTo("2025-03-21T08:00:00Z");
        assertThat(dropped.path("columns")).isEmpty();
        assertThat(dropped.path("changes")).isEmpty();

        JsonNode all = get("/api/v1/legacy-tables").getBody();
        assertThat(all.findValuesAsText("table")).containsSubsequence(charges, reservations);
        assertThat(all.findParents("table")).contains(expected);

        // The alert's window is when the platform recorded a change, not when DMS built the record.
        assertThat(jdbc.sql("SELECT min(recorded_at) > now() - interval '5 minutes' FROM query_model.legacy_table_change"
                + " WHERE table_name = ?").param(reservations).query(Boolean.class).single()).isTrue();

        // Rebuilt beside the live tables from the whole history, the model reads the same.
        OffsetDateTime requested = jdbc.sql("SELECT now()").query(OffsetDateTime.class).single();
        HttpHeaders headers = new HttpHeaders();
        headers.set(CrossSiteRequestFilter.HEADER, "test");
        assertThat(rest.withBasicAuth("operator", "operator").postForEntity(
                "/api/v1/processors/legacy_tables/rebuild", new HttpEntity<>(headers), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("SELECT rebuild_version IS NULL AND switched_at > ?"
                + " FROM query_model.query_model_version WHERE model = 'legacy_tables'")
                .param(requested).query(Boolean.class).single());
        assertThat(get("/api/v1/legacy-tables/" + reservations).getBody()).isEqualTo(expected);
    }

    @Test
    void anUnknownTableIsANotFoundProblem() {
        ResponseEntity<JsonNode> answer = get("/api/v1/legacy-tables/reservas.tarifa");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getBody().path("detail").asText()).isEqualTo("Legacy table reservas.tarifa not found");
    }

    @Test
    void aNameThatCannotBeATableIsRefusedAndOnlySignedInUsersRead() {
        ResponseEntity<JsonNode> answer = get("/api/v1/legacy-tables/reservas." + "x".repeat(64));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().path("errors").get(0).path("parameter").asText()).isEqualTo("table");
        assertThat(rest.getForEntity("/api/v1/legacy-tables", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
