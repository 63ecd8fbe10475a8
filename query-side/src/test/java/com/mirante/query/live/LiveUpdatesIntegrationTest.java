package com.mirante.query.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mirante.api.hotel.HotelIds;
import com.mirante.api.hotel.HotelRegistered;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationIds;
import com.mirante.api.reservation.ReservationPlaced;
import com.mirante.api.reservation.ReservationStatus;
import com.mirante.api.room.HousekeepingStatus;
import com.mirante.api.room.RoomHousekeepingStatusChanged;
import com.mirante.api.room.RoomIds;
import com.mirante.api.room.RoomOccupancy;
import com.mirante.api.room.RoomRegistered;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.query.DomainEvents;
import com.mirante.query.QuerySideIntegrationTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The live stream over real HTTP, fed by events appended to the real event store: what a page
 * receives, and how soon after the event was stored.
 */
@QuerySideIntegrationTest
class LiveUpdatesIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdatesIntegrationTest.class);

    /** The promise: a page updates within a second of the change. */
    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final String HOTEL = "LVA01";
    private static final String OTHER_HOTEL = "LVB02";

    @LocalServerPort
    private int port;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<CompletableFuture<?>> streams = new CopyOnWriteArrayList<>();

    /** An open stream and the server-sent events read from it so far. */
    private record Stream(List<String> lines) {
        List<JsonNode> events(ObjectMapper json, String name) {
            List<JsonNode> found = new java.util.ArrayList<>();
            for (int i = 0; i + 1 < lines.size(); i++) {
                if (lines.get(i).equals("event:" + name) && lines.get(i + 1).startsWith("data:")) {
                    try {
                        found.add(json.readTree(lines.get(i + 1).substring("data:".length())));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return found;
        }
    }

    @AfterEach
    void closeStreams() {
        streams.forEach(stream -> stream.cancel(true));
    }

    private HttpRequest.Builder request(String path, String user) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials);
    }

    private Stream open(String path) {
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<?> reading = http.sendAsync(request(path, "viewer").header("Accept", "text/event-stream").build(),
                        HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
        streams.add(reading);
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains(":subscribed"));
        return new Stream(lines);
    }

    private JsonNode awaitEvent(Stream stream, String name, Predicate<JsonNode> matching) {
        return await().atMost(WITHIN.plusSeconds(4)).until(
                () -> stream.events(json, name).stream().filter(matching).findFirst(), Optional::isPresent).orElseThrow();
    }

    private static SourcePosition source(String table, Object key) {
        return new SourcePosition(table, key.toString(), SourceOperation.LOAD, null, null, null, null, null);
    }

    private void registerHotel(String hotelId) {
        DomainEvents.publish(eventStore, "Hotel", HotelIds.aggregateId(hotelId), new HotelRegistered(hotelId,
                "Mirante " + hotelId, "Natal", "RN", 20, "America/Fortaleza", true, source("cadastro.hotel", hotelId)));
    }

    private void room(String hotelId, String room, Object event) {
        DomainEvents.publish(eventStore, "Room", RoomIds.aggregateId(hotelId, room), event);
    }

    @Test
    void aPageSeesItsHotelsRoomsAndFiguresChangeWithinASecond() {
        Stream hotelPage = open("/api/v1/live?hotelId=" + HOTEL);
        Stream otherPage = open("/api/v1/live?hotelId=" + OTHER_HOTEL);
        registerHotel(HOTEL);
        registerHotel(OTHER_HOTEL);
        room(HOTEL, "301", new RoomRegistered(HOTEL, "301", 3, "STD", RoomOccupancy.VACANT, HousekeepingStatus.CLEAN,
                null, null, false, null, null, source("governanca.quarto", HOTEL + "|301")));
        awaitEvent(hotelPage, "room", room -> room.path("room").asText().equals("301"));

        long marked = System.nanoTime();
        room(HOTEL, "301", new RoomHousekeepingStatusChanged(HOTEL, "301", HousekeepingStatus.DIRTY, null, null,
                source("governanca.quarto", HOTEL + "|301")));
        JsonNode dirty = awaitEvent(hotelPage, "room", room -> room.path("housekeeping").asText().equals("DIRTY"));
        Duration roomLatency = Duration.ofNanos(System.nanoTime() - marked);

        assertThat(dirty.path("hotelId").asText()).isEqualTo(HOTEL);
        assertThat(dirty.path("occupancy").asText()).isEqualTo("VACANT");
        assertThat(dirty.path("roomType").asText()).isEqualTo("STD");
        assertThat(dirty.has("updatedAt")).isTrue();
        assertThat(roomLatency).as("stored to pushed").isLessThan(WITHIN);

        LocalDate night = LocalDate.of(2032, 7, 10);
        long booked = System.nanoTime();
        DomainEvents.publish(eventStore, "Reservation", ReservationIds.aggregateId(9_700_001L), new ReservationPlaced(
                9_700_001L, new ReservationDetails("LV-1", HOTEL, null, night, night.plusDays(2), 2, 0, "STD", "BAR",
                        new BigDecimal("400.00"), new BigDecimal("800.00"), "BRL", "SITE", false,
                        LocalDateTime.of(2032, 6, 1, 9, 0)),
                ReservationStatus.CONFIRMED, null, source("reservas.reserva", 9_700_001L)));
        JsonNode hotelFigures = awaitEvent(hotelPage, "daily", daily -> HOTEL.equals(daily.path("hotelId").asText(null)));
        Duration dailyLatency = Duration.ofNanos(System.nanoTime() - booked);

        assertThat(hotelFigures.path("figures")).hasSize(3);
        JsonNode first = hotelFigures.path("figures").get(0);
        assertThat(first.path("date").asText()).isEqualTo("2032-07-10");
        assertThat(first.path("roomsSold").asLong()).isEqualTo(1);
        assertThat(first.path("arrivals").asLong()).isEqualTo(1);
        assertThat(first.path("roomsAvailable").asLong()).isEqualTo(20);
        assertThat(hotelFigures.path("figures").get(2).path("departures").asLong()).isEqualTo(1);
        assertThat(dailyLatency).as("stored to pushed").isLessThan(WITHIN);
        log.info("Stored to pushed: room {} ms, daily figures {} ms", roomLatency.toMillis(), dailyLatency.toMillis());

        JsonNode chain = awaitEvent(otherPage, "daily", daily -> daily.path("hotelId").isNull());
        assertThat(chain.path("figures").get(0).path("date").asText()).isEqualTo("2032-07-10");
        assertThat(chain.path("figures").get(0).path("roomsSold").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(otherPage.events(json, "room")).as("rooms of another hotel").isEmpty();
        assertThat(otherPage.events(json, "daily")).as("figures of another hotel")
                .allMatch(daily -> daily.path("hotelId").isNull());
    }

    @Test
    void theStreamNeedsAViewer() throws Exception {
        HttpResponse<Void> anonymous = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/live")).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(anonymous.statusCode()).isEqualTo(401);
    }
}
