package com.mirante.query.roomboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mirante.api.hotel.HotelIds;
import com.mirante.api.hotel.HotelRegistered;
import com.mirante.api.room.HousekeepingStatus;
import com.mirante.api.room.RoomFloorChanged;
import com.mirante.api.room.RoomHousekeepingStatusChanged;
import com.mirante.api.room.RoomIds;
import com.mirante.api.room.RoomOccupancy;
import com.mirante.api.room.RoomOccupancyChanged;
import com.mirante.api.room.RoomRegistered;
import com.mirante.api.room.RoomRemoved;
import com.mirante.api.room.RoomRenumbered;
import com.mirante.api.room.RoomReturnedToService;
import com.mirante.api.room.RoomTakenOutOfService;
import com.mirante.api.room.RoomTypeChanged;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.query.DomainEvents;
import com.mirante.query.QuerySideIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The room board against real PostgreSQL: room events appended to the JDBC event store are
 * projected by the pooled processor and read back through the REST API, then rebuilt by a replay
 * (of every hotel's board on the shared database; this class reads its own hotels' only).
 */
@QuerySideIntegrationTest
class RoomBoardIntegrationTest {

    private static final Duration PROJECTED = Duration.ofSeconds(10);
    private static final String HOTEL = "CGB01";
    private static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");

    @Autowired
    private EventStore eventStore;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private RoomBoardTable rooms;

    private static SourcePosition load(String room) {
        return new SourcePosition("governanca.quarto", HOTEL + "|" + room, SourceOperation.LOAD, null, null, null, null,
                null);
    }

    /** A captured change committed {@code minute} minutes after T0. */
    private static SourcePosition captured(String room, long minute) {
        String lsn = String.format("00000001/%08X", minute);
        return new SourcePosition("governanca.quarto", HOTEL + "|" + room, SourceOperation.UPDATE, 9_000L + minute, 1L,
                T0.plusSeconds(60 * minute), lsn + ".1." + lsn, null);
    }

    private static RoomRegistered registered(String room, RoomOccupancy occupancy, LocalDateTime lastCleanedAt,
                                             String renumberedFrom, SourcePosition source) {
        return new RoomRegistered(HOTEL, room, Integer.parseInt(room.substring(0, room.length() - 2)), "STD",
                occupancy, HousekeepingStatus.CLEAN, lastCleanedAt, "CAM07", false, null, renumberedFrom, source);
    }

    private void publish(String room, Object event) {
        DomainEvents.publish(eventStore, "Room", RoomIds.aggregateId(HOTEL, room), event);
    }

    private ResponseEntity<JsonNode> get(String path) {
        return rest.withBasicAuth("viewer", "viewer").getForEntity(path, JsonNode.class);
    }

    private JsonNode awaitBoard(String hotel, JsonNode expected) {
        return await().atMost(PROJECTED).until(() -> get("/api/v1/hotels/" + hotel + "/rooms").getBody(),
                expected::equals);
    }

    @Test
    void theBoardShowsEveryRoomsCurrentStateAndAReplayRebuildsIt() throws Exception {
        DomainEvents.publish(eventStore, "Hotel", HotelIds.aggregateId(HOTEL), new HotelRegistered(HOTEL,
                "Mirante Cuiabá", "Cuiabá", "MT", 80, "America/Cuiaba", true, load(HOTEL)));
        // A change for a room the board never saw is ignored, and the rooms after it are still projected.
        publish("555", new RoomOccupancyChanged(HOTEL, "555", RoomOccupancy.OCCUPIED, captured("555", 0)));

        // Full-load images have no commit time: the last cleaning (Cuiabá wall clock, UTC-4) dates them, if known.
        publish("101", registered("101", RoomOccupancy.VACANT, LocalDateTime.of(2025, 3, 15, 1, 30), null, load("101")));
        publish("103", registered("103", RoomOccupancy.VACANT, null, null, load("103")));

        publish("102", registered("102", RoomOccupancy.VACANT, null, null, captured("102", 1)));
        publish("102", new RoomOccupancyChanged(HOTEL, "102", RoomOccupancy.OCCUPIED, captured("102", 2)));
        publish("102", new RoomOccupancyChanged(HOTEL, "102", RoomOccupancy.VACANT, captured("102", 3)));
        publish("102", new RoomHousekeepingStatusChanged(HOTEL, "102", HousekeepingStatus.DIRTY, null, null,
                captured("102", 4)));
        publish("102", new RoomHousekeepingStatusChanged(HOTEL, "102", HousekeepingStatus.CLEANING, null, null,
                captured("102", 5)));
        RoomHousekeepingStatusChanged inspected = new RoomHousekeepingStatusChanged(HOTEL, "102",
                HousekeepingStatus.INSPECTED, LocalDateTime.of(2025, 6, 1, 8, 5), "CAM02", captured("102", 6));
        publish("102", inspected);
        publish("102", inspected);

        publish("201", registered("201", RoomOccupancy.VACANT, null, null, captured("201", 7)));
        publish("201", new RoomTakenOutOfService(HOTEL, "201", "Vazamento no banheiro", captured("201", 8)));
        publish("201", new RoomReturnedToService(HOTEL, "201", captured("201", 9)));

        publish("202", registered("202", RoomOccupancy.VACANT, null, null, captured("202", 10)));
        publish("202", new RoomTypeChanged(HOTEL, "202", "LXO", captured("202", 11)));
        publish("202", new RoomFloorChanged(HOTEL, "202", 3, captured("202", 12)));
        publish("202", new RoomTakenOutOfService(HOTEL, "202", "Reforma", captured("202", 13)));

        publish("901", registered("901", RoomOccupancy.OCCUPIED, null, null, captured("901", 14)));
        publish("901", new RoomRenumbered(HOTEL, "901", "1901", captured("901", 15)));
        publish("1901", registered("1901", RoomOccupancy.OCCUPIED, null, "901", captured("1901", 15)));

        publish("301", registered("301", RoomOccupancy.VACANT, null, null, captured("301", 16)));
        publish("301", new RoomRemoved(HOTEL, "301", captured("301", 17)));

        // Rooms in numeric order: 1901 after 202, not after 102 as text order would have it.
        JsonNode expected = json.readTree("""
                [{"room":"101","floor":1,"roomType":"STD","occupancy":"VACANT","housekeeping":"CLEAN",
                  "outOfService":false,"outOfServiceReason":null,"updatedAt":"2025-03-15T05:30:00Z"},
                 {"room":"102","floor":1,"roomType":"STD","occupancy":"VACANT","housekeeping":"INSPECTED",
                  "outOfService":false,"outOfServiceReason":null,"updatedAt":"2025-06-01T12:06:00Z"},
                 {"room":"103","floor":1,"roomType":"STD","occupancy":"VACANT","housekeeping":"CLEAN",
                  "outOfService":false,"outOfServiceReason":null,"updatedAt":null},
                 {"room":"201","floor":2,"roomType":"STD","occupancy":"VACANT","housekeeping":"CLEAN",
                  "outOfService":false,"outOfServiceReason":null,"updatedAt":"2025-06-01T12:09:00Z"},
                 {"room":"202","floor":3,"roomType":"LXO","occupancy":"VACANT","housekeeping":"CLEAN",
                  "outOfService":true,"outOfServiceReason":"Reforma","updatedAt":"2025-06-01T12:13:00Z"},
                 {"room":"1901","floor":19,"roomType":"STD","occupancy":"OCCUPIED","housekeeping":"CLEAN",
                  "outOfService":false,"outOfServiceReason":null,"updatedAt":"2025-06-01T12:15:00Z"}]""");
        JsonNode board = awaitBoard(HOTEL, expected);

        StreamingEventProcessor processor = processing
                .eventProcessor(RoomBoardProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        // Right after start() the status map can still be empty (all segments "caught up"): wait for the
        // rebuilt board itself, which the reset emptied.
        await().atMost(PROJECTED).until(() -> board.equals(get("/api/v1/hotels/" + HOTEL + "/rooms").getBody()));
    }

    @Test
    void aKnownHotelWithoutRoomsHasAnEmptyBoardAndAnUnknownOneIsNotFound() throws Exception {
        DomainEvents.publish(eventStore, "Hotel", HotelIds.aggregateId("CGB02"), new HotelRegistered("CGB02",
                "Mirante Chapada", "Chapada dos Guimarães", "MT", 20, "America/Cuiaba", true, load("CGB02")));
        awaitBoard("CGB02", json.readTree("[]"));

        ResponseEntity<JsonNode> unknown = get("/api/v1/hotels/XYZ99/rooms");

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(unknown.getBody().path("status").asInt()).isEqualTo(404);
        assertThat(rest.getForEntity("/api/v1/hotels/" + HOTEL + "/rooms", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** Every column goes in through the upsert and comes back as it went, nulls included. */
    @Test
    void roomsWrittenAreReadBackIdentical() {
        RoomBoardEntry occupied = new RoomBoardEntry(new RoomKey("RTT02", "101"));
        occupied.moveToFloor(1);
        occupied.sellAs("STD");
        occupied.occupy(RoomOccupancy.OCCUPIED);
        occupied.keep(HousekeepingStatus.DIRTY);
        occupied.serve(false, null);
        occupied.changed(new LastChange(T0, null));
        RoomBoardEntry closed = new RoomBoardEntry(new RoomKey("RTT02", "102A"));
        closed.serve(true, "Infiltração");
        closed.changed(new LastChange(null, LocalDateTime.of(2025, 6, 1, 9, 15, 30)));

        rooms.save(occupied);
        rooms.save(closed);

        assertThat(rooms.find(occupied.getKey())).get().usingRecursiveComparison().isEqualTo(occupied);
        assertThat(rooms.ofHotel("RTT02")).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrder(occupied, closed);
        rooms.delete(closed.getKey());
        assertThat(rooms.find(closed.getKey())).isEmpty();
        rooms.delete(occupied.getKey());
    }
}
