package com.mirante.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mirante.api.hotel.HotelIds;
import com.mirante.api.hotel.HotelRegistered;
import com.mirante.api.room.HousekeepingStatus;
import com.mirante.api.room.RoomHousekeepingStatusChanged;
import com.mirante.api.room.RoomIds;
import com.mirante.api.room.RoomOccupancy;
import com.mirante.api.room.RoomRegistered;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.platform.security.CrossSiteRequestFilter;
import com.mirante.query.DomainEvents;
import com.mirante.query.QueryApplication;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Rebuilds of versioned query models on a real PostgreSQL, read through the real API all along:
 * on demand for {@code hotels}, and for {@code room_board} because its live tables are registered at
 * an older version than the code builds.
 */
@SpringBootTest(classes = QueryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + QueryApplication.CONFIG_NAME,
                "mirante.query.node-id=rebuild-node",
                "mirante.processors.sample-interval=300ms"})
@ActiveProfiles("local")
class RebuildIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String DATABASE = EmbeddedDatabases.create("rebuilds");
    private static final int HOTELS = 300;

    @Autowired
    private EventStore eventStore;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DataSource dataSource;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
    }

    private static SourcePosition loaded(String table, String key) {
        return new SourcePosition(table, key, SourceOperation.LOAD, null, null, null, null, null);
    }

    private static HotelRegistered hotel(String hotelId) {
        return new HotelRegistered(hotelId, "Mirante " + hotelId, "Recife", "PE", 30, "America/Recife", true,
                loaded("cadastro.hotel", hotelId));
    }

    private void registerHotels(String prefix, int count) {
        List<EventMessage<?>> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String hotelId = prefix + i;
            batch.add(new GenericDomainEventMessage<>("Hotel", HotelIds.aggregateId(hotelId), 0, hotel(hotelId)));
            if (batch.size() == 500 || i == count - 1) {
                eventStore.publish(batch);
                batch = new ArrayList<>();
            }
        }
    }

    private ResponseEntity<JsonNode> get(String path) {
        return rest.withBasicAuth("viewer", "viewer").getForEntity(path, JsonNode.class);
    }

    private ResponseEntity<JsonNode> rebuild(String processor, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(CrossSiteRequestFilter.HEADER, "test");
        return rest.withBasicAuth(user, user).postForEntity("/api/v1/processors/" + processor + "/rebuild",
                new HttpEntity<>(headers), JsonNode.class);
    }

    private JsonNode processor(String name) {
        return get("/api/v1/processors/" + name).getBody();
    }

    private int hotelsShown() {
        return get("/api/v1/hotels").getBody().size();
    }

    private long head() {
        return jdbc.sql("SELECT coalesce(max(global_index), 0) FROM event_store.domain_event_entry")
                .query(Long.class).single();
    }

    private boolean schemaExists(String schema) {
        return jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname = ?").param(schema)
                .query(Integer.class).single() == 1;
    }

    private void assertSwitchedAndTidy(String model, int version) {
        assertThat(jdbc.sql("SELECT version FROM query_model.query_model_version WHERE model = ?").param(model)
                .query(Integer.class).single()).isEqualTo(version);
        assertThat(schemaExists("query_model_rebuild_" + model)).isFalse();
        assertThat(schemaExists("query_model_retired_" + model)).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM query_model.token_entry WHERE processor_name = ?")
                .param(model + ":rebuild").query(Integer.class).single()).isZero();
    }

    @Test
    void rebuildsHotelsBesideTheLiveTablesWhichServeInFullUntilTheSwitch() throws Exception {
        int before = hotelsShown();
        int hotels = before + HOTELS;
        registerHotels("RB", HOTELS);
        await().atMost(WAIT).until(() -> hotelsShown() == hotels);

        // Readers all along the rebuild: never fewer hotels than the live model had.
        AtomicBoolean reading = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Integer> seen = new ConcurrentLinkedQueue<>();
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                seen.add(hotelsShown());
            }
        });
        reader.start();
        try {
            assertThat(rebuild("hotels", "viewer").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            ResponseEntity<JsonNode> accepted = rebuild("hotels", "operator");
            assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            assertThat(accepted.getBody().path("state").asText()).isEqualTo("REBUILDING");
            assertThat(accepted.getBody().path("rebuild").path("version").asInt()).isEqualTo(1);
            assertThat(rebuild("hotels", "operator").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

            try (Connection blocker = dataSource.getConnection()) {
                // Holds the rebuild's writes back, so it is seen under way.
                blocker.setAutoCommit(false);
                blocker.createStatement().execute("LOCK TABLE query_model_rebuild_hotels.hotels IN EXCLUSIVE MODE");
                await().atMost(WAIT).until(() -> !processor("hotels").path("rebuild").path("segments").isEmpty());
                JsonNode during = processor("hotels");
                assertThat(during.path("state").asText()).isEqualTo("REBUILDING");
                assertThat(during.path("rebuild").path("progress").asDouble()).isLessThan(1.0);
                assertThat(during.path("rebuild").path("switching").asBoolean()).isFalse();

                // The live processor goes on meanwhile: a new hotel shows at once.
                DomainEvents.publish(eventStore, "Hotel", HotelIds.aggregateId("DURING"), hotel("DURING"));
                await().atMost(WAIT).until(() -> hotelsShown() == hotels + 1);
                assertThat(processor("hotels").path("state").asText()).isEqualTo("REBUILDING");
                blocker.rollback();
            }

            await().atMost(WAIT).until(() -> processor("hotels").path("rebuild").isNull()
                    && processor("hotels").path("state").asText().equals("RUNNING"));
        } finally {
            reading.set(false);
            reader.join();
        }
        assertThat(seen).isNotEmpty().allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(hotels));
        assertSwitchedAndTidy("hotels", 1);
        assertThat(hotelsShown()).isEqualTo(hotels + 1);

        // After the switch the live processor carries on in the new tables, from the rebuild's position.
        DomainEvents.publish(eventStore, "Hotel", HotelIds.aggregateId("AFTER"), hotel("AFTER"));
        await().atMost(WAIT).until(() -> hotelsShown() == hotels + 2);
        await().atMost(WAIT).until(() -> processor("hotels").path("lagEvents").asLong() == 0);
        assertThat(processor("hotels").path("segments").get(0).path("position").asLong()).isEqualTo(head());
    }

    @Test
    void rebuildsTheRoomBoardWhenTheCodeBuildsANewerVersionThanTheLiveTables() {
        DomainEvents.publish(eventStore, "Hotel", HotelIds.aggregateId("UPG"), hotel("UPG"));
        for (String room : List.of("101", "102", "103")) {
            DomainEvents.publish(eventStore, "Room", RoomIds.aggregateId("UPG", room), new RoomRegistered("UPG", room, 1,
                    "STD", RoomOccupancy.VACANT, HousekeepingStatus.CLEAN, null, null, false, null, null,
                    loaded("governanca.apartamento", room)));
        }
        await().atMost(WAIT).until(() -> get("/api/v1/hotels/UPG/rooms").getBody().size() == 3);

        // As if these tables had been built by version 0 of the room board, and the code builds version 1.
        jdbc.sql("UPDATE query_model.query_model_version SET version = 0 WHERE model = 'room_board'").update();
        await().atMost(WAIT).until(() -> processor("room_board").path("state").asText().equals("REBUILDING")
                || schemaExists("query_model_retired_room_board"));
        DomainEvents.publish(eventStore, "Room", RoomIds.aggregateId("UPG", "102"), new RoomHousekeepingStatusChanged(
                "UPG", "102", HousekeepingStatus.DIRTY, null, null, loaded("governanca.apartamento", "102")));

        await().atMost(WAIT).until(() -> jdbc.sql("SELECT version FROM query_model.query_model_version"
                + " WHERE model = 'room_board'").query(Integer.class).single() == 1);
        assertSwitchedAndTidy("room_board", 1);
        // The version's script ran on the new tables, which now serve every room and the change made meanwhile.
        assertThat(jdbc.sql("SELECT count(*) FROM query_model.room_board WHERE built_by_version_1")
                .query(Integer.class).single()).isEqualTo(3);
        await().atMost(WAIT).until(() -> {
            for (JsonNode room : get("/api/v1/hotels/UPG/rooms").getBody()) {
                if (room.path("room").asText().equals("102")) {
                    return room.path("housekeeping").asText().equals("DIRTY");
                }
            }
            return false;
        });
    }
}
