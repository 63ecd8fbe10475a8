package com.mirante.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mirante.api.hotel.HotelIds;
import com.mirante.api.hotel.HotelRegistered;
import com.mirante.api.reservation.ReservationCheckedIn;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationIds;
import com.mirante.api.reservation.ReservationPlaced;
import com.mirante.api.reservation.ReservationStatus;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.query.DomainEvents;
import com.mirante.query.QueryApplication;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard's own reads against real PostgreSQL: reservations appended to the event store,
 * projected, and counted through the REST API. Its own database, so the chain is its two hotels.
 */
@SpringBootTest(classes = QueryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + QueryApplication.CONFIG_NAME)
@ActiveProfiles("local")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIntegrationTest {

    private static final Duration PROJECTED = Duration.ofSeconds(15);
    private static final String DATABASE = EmbeddedDatabases.create("dashboard");
    private static final LocalDate DAY = LocalDate.of(2032, 6, 10);

    @Autowired
    private EventStore eventStore;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private ObjectMapper json;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
    }

    private static SourcePosition source(String table, Object key) {
        return new SourcePosition(table, key.toString(), SourceOperation.LOAD, null, null, null, null, null);
    }

    private void hotel(String hotelId) {
        DomainEvents.publish(eventStore, "Hotel", HotelIds.aggregateId(hotelId), new HotelRegistered(hotelId,
                "Mirante " + hotelId, "Natal", "RN", 20, "America/Fortaleza", true, source("cadastro.hotel", hotelId)));
    }

    private void place(long id, String hotelId, String channel, LocalDate arrival, int nights, ReservationStatus status) {
        ReservationDetails details = new ReservationDetails(hotelId + "-" + id, hotelId, null, arrival,
                arrival.plusDays(nights), 2, 0, "STD", "BAR", new BigDecimal("250.00"),
                new BigDecimal(250 * nights + ".00"), "BRL", channel, true, LocalDateTime.of(2032, 1, 2, 9, 0));
        DomainEvents.publish(eventStore, "Reservation", ReservationIds.aggregateId(id),
                new ReservationPlaced(id, details, status, null, source("reservas.reserva", id)));
    }

    @BeforeAll
    void twoHotelsWithTheirBookings() {
        hotel("NAT01");
        hotel("NAT02");
        place(1, "NAT01", "SITE", DAY, 2, ReservationStatus.CONFIRMED);
        place(2, "NAT01", "BOOKING", DAY, 1, ReservationStatus.CONFIRMED);
        place(3, "NAT01", "SITE", DAY.minusDays(3), 3, ReservationStatus.CONFIRMED);
        place(4, "NAT01", "SITE", DAY.minusDays(1), 4, ReservationStatus.CONFIRMED);
        DomainEvents.publish(eventStore, "Reservation", ReservationIds.aggregateId(4),
                new ReservationCheckedIn(4, source("reservas.reserva", 4)));
        // Not on the books: counted nowhere.
        place(5, "NAT01", "SITE", DAY, 2, ReservationStatus.CANCELLED);
        place(6, "NAT01", "PHONE", DAY, 2, ReservationStatus.PENDING);
        place(7, "NAT02", "BOOKING", DAY, 5, ReservationStatus.IN_HOUSE);
        place(8, "NAT02", null, DAY.minusDays(2), 2, ReservationStatus.CHECKED_OUT);
        await().atMost(PROJECTED).until(() -> get("/api/v1/hotels").getBody().size() == 2);
        await().atMost(PROJECTED).until(() -> get("/api/v1/reservations?size=1").getBody()
                .path("total").asLong(), total -> total == 8);
    }

    private ResponseEntity<JsonNode> get(String path) {
        return rest.withBasicAuth("viewer", "viewer").getForEntity(path, JsonNode.class);
    }

    private void assertBody(String path, String expected) throws Exception {
        ResponseEntity<JsonNode> response = get(path);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).as(path).isEqualTo(json.readTree(expected));
    }

    @Test
    void todayCountsArrivalsAndDeparturesOnTheBooksAndWhoIsInHouse() throws Exception {
        assertBody("/api/v1/hotels/NAT01/today?date=2032-06-10",
                """
                {"date":"2032-06-10","arrivals":2,"departures":1,"inHouse":1}""");
        assertBody("/api/v1/hotels/NAT02/today?date=2032-06-10",
                """
                {"date":"2032-06-10","arrivals":1,"departures":1,"inHouse":1}""");
        assertBody("/api/v1/chain/today?date=2032-06-10",
                """
                {"date":"2032-06-10","arrivals":3,"departures":2,"inHouse":2}""");
        assertBody("/api/v1/chain/today?date=2032-06-13",
                """
                {"date":"2032-06-13","arrivals":0,"departures":1,"inHouse":2}""");
    }

    @Test
    void theChannelMixCountsReservationsOnTheBooksArrivingInTheRange() throws Exception {
        assertBody("/api/v1/hotels/NAT01/channels?from=2032-06-01&to=2032-06-30",
                """
                [{"channel":"SITE","reservations":3,"roomNights":9},
                 {"channel":"BOOKING","reservations":1,"roomNights":1}]""");
        assertBody("/api/v1/chain/channels?from=2032-06-08&to=2032-06-10",
                """
                [{"channel":"BOOKING","reservations":2,"roomNights":6},
                 {"channel":"SITE","reservations":2,"roomNights":6},
                 {"channel":null,"reservations":1,"roomNights":2}]""");
        assertBody("/api/v1/chain/channels?from=2033-01-01&to=2033-01-31", "[]");
    }

    @Test
    void theSignedInUserIsNamedWithItsRoles() throws Exception {
        assertBody("/api/v1/me", """
                {"username":"viewer","roles":["VIEWER"]}""");
        ResponseEntity<JsonNode> operator = rest.withBasicAuth("operator", "operator")
                .getForEntity("/api/v1/me", JsonNode.class);
        assertThat(operator.getBody()).isEqualTo(json.readTree("""
                {"username":"operator","roles":["OPERATOR","VIEWER"]}"""));
        assertThat(rest.getForEntity("/api/v1/me", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void thePageAndItsChartLibraryAreServedToAViewerOnly() {
        for (String path : List.of("/", "/dashboard.js", "/webjars/uplot/dist/uPlot.iife.min.js")) {
            ResponseEntity<String> anonymous = rest.getForEntity(path, String.class);
            assertThat(anonymous.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).as(path).startsWith("Basic");

            ResponseEntity<String> viewer = rest.withBasicAuth("viewer", "viewer").getForEntity(path, String.class);
            assertThat(viewer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(viewer.getHeaders().getCacheControl()).as(path).isEqualTo("max-age=600, private");
        }
        ResponseEntity<String> page = rest.withBasicAuth("viewer", "viewer").getForEntity("/", String.class);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getBody()).contains("<title>Mirante dashboard</title>");
    }

    @Test
    void badDatesAreAProblemAndAnUnknownHotelIsNotFound() {
        for (String path : List.of("/api/v1/chain/today", "/api/v1/chain/today?date=2032-02-30",
                "/api/v1/hotels/NAT01/today?date=10/06/2032", "/api/v1/chain/channels?from=2032-06-02&to=2032-06-01",
                "/api/v1/hotels/NAT01/channels?from=2032-01-01&to=2033-02-04", "/api/v1/chain/channels?from=2032-01-01")) {
            ResponseEntity<JsonNode> response = get(path);

            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType()).as(path).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        for (String path : List.of("/api/v1/hotels/NOPE1/today?date=2032-06-10",
                "/api/v1/hotels/NOPE1/channels?from=2032-06-01&to=2032-06-30")) {
            ResponseEntity<JsonNode> response = get(path);

            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(response.getHeaders().getContentType()).as(path).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getBody().path("detail").asText()).isEqualTo("Hotel NOPE1 not found");
        }
    }
}
