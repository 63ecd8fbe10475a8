package com.mirante.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mirante.embedded.EmbeddedRoles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The local run's applications connect as their own roles, which can do what the applications do
 * and nothing more: PostgreSQL answers "permission denied" (42501) for the rest.
 */
@ExtendWith(SharedLocalRun.class)
class DatabaseRolesTest {

    private static final Duration VISIBLE = Duration.ofSeconds(30);
    private static final String HOTEL = "REC07";
    private static final String PERMISSION_DENIED = "42501";

    private static LocalRun run;
    private static JdbcTemplate owner;

    @BeforeAll
    static void aHotelThroughTheLocalRun(LocalRun shared) {
        run = shared;
        owner = run.as(EmbeddedRoles.OWNER);
        run.send(DmsRecords.hotelInserted(HOTEL, "Mirante Recife Boa Viagem"));
        await().atMost(VISIBLE).until(() -> hotels(run.querySide()).contains(HOTEL));
    }

    private static List<String> hotels(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT hotel_id FROM query_model.hotels", String.class);
    }

    private static void denied(JdbcTemplate role, String sql) {
        assertThatThrownBy(() -> role.execute(sql)).as(sql).satisfies(failure -> assertThat(
                ((SQLException) NestedExceptionUtils.getMostSpecificCause(failure)).getSQLState()).isEqualTo(PERMISSION_DENIED));
    }

    private static List<String> tables(String schema) {
        return owner.queryForList("SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname = ?"
                + " AND tablename <> 'flyway_schema_history' ORDER BY tablename", String.class, schema);
    }

    @Test
    void eachApplicationConnectsAsItsOwnRoleAndNeverAsTheOwnerOfTheEventStore() {
        assertThat(run.gateway().queryForObject("SELECT current_user", String.class)).isEqualTo(EmbeddedRoles.GATEWAY);
        assertThat(run.querySide().queryForObject("SELECT current_user", String.class)).isEqualTo(EmbeddedRoles.QUERY);
        assertThat(owner.queryForList("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'event_store'",
                String.class)).containsExactly(EmbeddedRoles.OWNER);
        // A rebuild moves the query model's tables between schemas: only their owner may.
        assertThat(owner.queryForList("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'query_model'"
                + " AND tablename <> 'flyway_schema_history'", String.class)).containsExactly(EmbeddedRoles.QUERY);
    }

    @Test
    void theGatewayAppendsEventsButCanNeverChangeOrRemoveOne() {
        JdbcTemplate gateway = run.as(EmbeddedRoles.GATEWAY);
        // The hotel's event was appended by the gateway's own connections, as this role.
        assertThat(gateway.queryForObject("SELECT count(*) FROM event_store.domain_event_entry"
                + " WHERE aggregate_identifier LIKE ?", Integer.class, "%" + HOTEL)).isPositive();

        denied(gateway, "UPDATE event_store.domain_event_entry SET payload_type = payload_type");
        denied(gateway, "DELETE FROM event_store.domain_event_entry");
        denied(gateway, "TRUNCATE event_store.domain_event_entry");
        denied(gateway, "UPDATE event_store.personal_data_key SET created_at = now()");
        denied(gateway, "SELECT count(*) FROM event_store.snapshot_event_entry");
        denied(gateway, "SELECT count(*) FROM query_model.reservations");
    }

    @Test
    void theQuerySideReadsTheEventStoreAndWritesNothingThere() {
        JdbcTemplate query = run.as(EmbeddedRoles.QUERY);
        assertThat(query.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Integer.class)).isPositive();
        assertThat(query.queryForObject("SELECT count(*) FROM event_store.personal_data_key", Integer.class)).isNotNegative();

        for (String table : tables("event_store")) {
            denied(query, "INSERT INTO " + table + " SELECT * FROM " + table + " WHERE false");
            denied(query, "UPDATE " + table + " SET " + firstColumn(table) + " = " + firstColumn(table));
            denied(query, "DELETE FROM " + table);
            denied(query, "TRUNCATE " + table);
        }
        denied(query, "CREATE TABLE event_store.anything (id integer)");
    }

    @Test
    void grafanaReadsNeitherTheEventStoreNorTheKeysNorTheGuestsNorMoreThanItsPanelsRead() {
        JdbcTemplate grafana = run.as(EmbeddedRoles.GRAFANA);
        assertThat(tables("event_store")).contains("event_store.domain_event_entry", "event_store.personal_data_key");
        for (String table : tables("event_store")) {
            denied(grafana, "SELECT * FROM " + table + " LIMIT 1");
        }
        for (String table : List.of("guests", "guest_reservations", "dead_letter_entry", "processor_operation",
                "query_model_version", "legacy_table", "legacy_table_column", "legacy_table_reload")) {
            denied(grafana, "SELECT * FROM query_model." + table + " LIMIT 1");
        }
        // Of the legacy tables model, only the change log its panel and alert read.
        assertThat(grafana.queryForObject("SELECT count(*) FROM query_model.legacy_table_change", Integer.class))
                .isNotNegative();
        // The event store's head, through the view the query side's role owns.
        assertThat(grafana.queryForObject("SELECT position FROM query_model.event_store_head", Long.class))
                .isEqualTo(owner.queryForObject("SELECT max(global_index) FROM event_store.domain_event_entry", Long.class));
    }

    /** Both applications append to the audit trail as their own roles; nobody but its owner changes or removes a record. */
    @Test
    void theAuditTrailIsAppendedToByBothApplicationsAndChangedByNeither() throws Exception {
        assertThat(operatorDeletes(run.stack.gateway(), "/api/v1/dead-letters")).isEqualTo(200);
        assertThat(operatorDeletes(run.stack.query(), "/api/v1/processors/hotels/dead-letters/" + UUID.randomUUID()))
                .isEqualTo(404);
        assertThat(owner.queryForList("SELECT application FROM audit.audit_record WHERE username = 'operator'",
                String.class)).contains("mirante-gateway", "mirante-query");

        JdbcTemplate gateway = run.as(EmbeddedRoles.GATEWAY);
        JdbcTemplate query = run.as(EmbeddedRoles.QUERY);
        denied(gateway, "SELECT count(*) FROM audit.audit_record");
        for (JdbcTemplate role : List.of(gateway, query)) {
            denied(role, "UPDATE audit.audit_record SET status = 200");
            denied(role, "DELETE FROM audit.audit_record");
            denied(role, "TRUNCATE audit.audit_record");
        }
        assertThat(query.queryForObject("SELECT count(*) FROM audit.audit_record", Integer.class)).isPositive();
        denied(run.as(EmbeddedRoles.GRAFANA), "SELECT count(*) FROM audit.audit_record");
    }

    private static int operatorDeletes(ConfigurableApplicationContext application, String path) throws Exception {
        String port = application.getEnvironment().getRequiredProperty("local.server.port");
        String credentials = Base64.getEncoder().encodeToString("operator:operator".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).DELETE()
                .header("Authorization", "Basic " + credentials).header("X-Mirante-Request", "1").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * A rebuild starts by itself when the live tables are registered at an older version than the
     * code builds: it runs as the query side's role, and the rebuilt tables Grafana reads keep its grant.
     */
    @Test
    void aRebuildRunsAsTheQuerySidesRoleAndGrafanaStillReadsTheRebuiltTable() {
        owner.update("UPDATE query_model.query_model_version SET version = 0, switched_at = NULL WHERE model = 'hotels'");

        await().atMost(Duration.ofMinutes(2)).until(() -> owner.queryForObject("SELECT version = 1 AND switched_at"
                + " IS NOT NULL FROM query_model.query_model_version WHERE model = 'hotels'", Boolean.class));

        assertThat(hotels(run.as(EmbeddedRoles.GRAFANA))).contains(HOTEL);
        assertThat(owner.queryForObject("SELECT tableowner FROM pg_tables WHERE schemaname = 'query_model'"
                + " AND tablename = 'hotels'", String.class)).isEqualTo(EmbeddedRoles.QUERY);
    }

    private static String firstColumn(String table) {
        return owner.queryForObject("SELECT attname FROM pg_attribute WHERE attrelid = CAST(? AS regclass) AND attnum = 1",
                String.class, table);
    }
}
