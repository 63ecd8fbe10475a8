package com.mirante.query.hoteldaily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mirante.api.billing.ChargeDetails;
import com.mirante.api.billing.ChargePosted;
import com.mirante.api.billing.ChargeRemoved;
import com.mirante.api.billing.ChargeReversed;
import com.mirante.api.billing.InvoiceDetails;
import com.mirante.api.billing.InvoiceIds;
import com.mirante.api.billing.InvoiceOpened;
import com.mirante.api.billing.InvoiceStatus;
import com.mirante.api.hotel.HotelIds;
import com.mirante.api.hotel.HotelRegistered;
import com.mirante.api.hotel.HotelRemoved;
import com.mirante.api.hotel.HotelRoomInventoryChanged;
import com.mirante.api.reservation.Cancellation;
import com.mirante.api.reservation.ReservationAmended;
import com.mirante.api.reservation.ReservationCancelled;
import com.mirante.api.reservation.ReservationCheckedIn;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationIds;
import com.mirante.api.reservation.ReservationPlaced;
import com.mirante.api.reservation.ReservationStatus;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.platform.security.CrossSiteRequestFilter;
import com.mirante.query.DomainEvents;
import com.mirante.query.QuerySideIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hotel_daily query model against real PostgreSQL: events appended to the event store, figures
 * read back through the REST API. Each test uses its own hotels and dates (2031), so the figures it
 * checks hold whatever else the shared database holds; only the chain's rooms available depend on
 * every hotel, and are read from the model.
 */
@QuerySideIntegrationTest
class HotelDailyIntegrationTest {

    private static final Duration PROJECTED = Duration.ofSeconds(15);

    @Autowired
    private EventStore eventStore;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private JdbcClient jdbc;

    private final List<String> hotels = new ArrayList<>();

    private static SourcePosition source(String table, Object key) {
        return new SourcePosition(table, key.toString(), SourceOperation.LOAD, null, null, null, null, null);
    }

    /** The database is shared with the other models' tests, and the hotels list shows every hotel. */
    @AfterEach
    void removeTheHotels() {
        hotels.forEach(hotelId -> DomainEvents.publish(eventStore, "Hotel", HotelIds.aggregateId(hotelId),
                new HotelRemoved(hotelId, source("cadastro.hotel", hotelId))));
    }

    private void registerHotel(String hotelId, int rooms) {
        hotels.add(hotelId);
        DomainEvents.publish(eventStore, "Hotel", HotelIds.aggregateId(hotelId), new HotelRegistered(hotelId,
                "Mirante " + hotelId, "Recife", "PE", rooms, "America/Recife", true, source("cadastro.hotel", hotelId)));
    }

    private void reservation(long id, Object event) {
        DomainEvents.publish(eventStore, "Reservation", ReservationIds.aggregateId(id), event);
    }

    private static ReservationDetails stay(String hotelId, long id, LocalDate arrival, LocalDate departure) {
        return new ReservationDetails(hotelId + "-" + id, hotelId, null, arrival, departure, 2, 0, "STD", "BAR",
                new BigDecimal("300.00"), new BigDecimal("600.00"), "BRL", "SITE", false,
                LocalDateTime.of(2031, 1, 5, 10, 0));
    }

    private void place(long id, String hotelId, LocalDate arrival, LocalDate departure, ReservationStatus status) {
        reservation(id, new ReservationPlaced(id, stay(hotelId, id, arrival, departure), status, null,
                source("reservas.reserva", id)));
    }

    private void invoice(long invoiceId, Object event) {
        DomainEvents.publish(eventStore, "Invoice", InvoiceIds.aggregateId(invoiceId), event);
    }

    private void openInvoice(long invoiceId, String hotelId) {
        invoice(invoiceId, new InvoiceOpened(invoiceId, new InvoiceDetails("NF-" + invoiceId, null, hotelId,
                LocalDate.of(2031, 3, 1), false), InvoiceStatus.OPEN, null, BigDecimal.ZERO, BigDecimal.ZERO,
                source("faturamento.fatura", invoiceId)));
    }

    private void charge(long invoiceId, long chargeId, String service, String amount, LocalDateTime postedAt) {
        invoice(invoiceId, new ChargePosted(invoiceId, chargeId, new ChargeDetails(service, service,
                BigDecimal.ONE, new BigDecimal(amount), new BigDecimal(amount), postedAt), false,
                source("faturamento.lancamento", chargeId)));
    }

    private ResponseEntity<JsonNode> get(String path) {
        return rest.withBasicAuth("viewer", "viewer").getForEntity(path, JsonNode.class);
    }

    private JsonNode awaitFigures(String path, JsonNode expected) {
        return await().atMost(PROJECTED).until(() -> get(path).getBody(), expected::equals);
    }

    /** The per-night counters, recomputed from the fact rows from scratch: what the deltas must add up to. */
    private static final String COUNTED_FROM_FACTS = """
            SELECT hotel_id, night, CAST(sum(sold) AS INTEGER) AS sold, CAST(sum(arrivals) AS INTEGER) AS arrivals,
                   CAST(sum(departures) AS INTEGER) AS departures,
                   CAST(sum(cancellations) AS INTEGER) AS cancellations,
                   CAST(sum(room) AS NUMERIC(16,2)) AS room, CAST(sum(total) AS NUMERIC(16,2)) AS total
            FROM (SELECT r.hotel_id, CAST(n AS DATE) AS night, 1 AS sold, 0 AS arrivals, 0 AS departures,
                         0 AS cancellations, 0 AS room, 0 AS total
                  FROM query_model.hotel_daily_reservation r,
                       generate_series(r.arrival, r.departure - 1, INTERVAL '1 day') AS n
                  WHERE r.on_the_books
                  UNION ALL SELECT hotel_id, arrival, 0, 1, 0, 0, 0, 0 FROM query_model.hotel_daily_reservation
                  WHERE on_the_books
                  UNION ALL SELECT hotel_id, departure, 0, 0, 1, 0, 0, 0 FROM query_model.hotel_daily_reservation
                  WHERE on_the_books
                  UNION ALL SELECT hotel_id, cancelled_on, 0, 0, 0, 1, 0, 0 FROM query_model.hotel_daily_reservation
                  WHERE cancelled_on IS NOT NULL
                  UNION ALL SELECT i.hotel_id, c.posted_on, 0, 0, 0, 0,
                                   CASE WHEN c.service_code = 'DIARIA' THEN c.amount ELSE 0 END, c.amount
                  FROM query_model.hotel_daily_charge c JOIN query_model.hotel_daily_invoice i USING (invoice_id)
                  WHERE NOT c.reversed AND NOT c.removed) AS fact
            WHERE hotel_id = :hotel
            GROUP BY hotel_id, night
            ORDER BY night""";

    private static final String COUNTED = """
            SELECT hotel_id, night, rooms_sold AS sold, arrivals, departures, cancellations, room_revenue AS room,
                   total_revenue AS total
            FROM query_model.hotel_daily_night
            WHERE hotel_id = :hotel AND (rooms_sold, arrivals, departures, cancellations, room_revenue, total_revenue)
                  <> (0, 0, 0, 0, 0, 0)
            ORDER BY night""";

    /** The chain's nights that differ from the sum of every hotel's nights (known hotels or not). */
    private static final String CHAIN_MISCOUNTED = """
            SELECT c.night FROM query_model.hotel_daily_chain_night c
            LEFT JOIN (SELECT night, sum(rooms_sold) AS sold, sum(arrivals) AS arrivals, sum(departures) AS departures,
                              sum(cancellations) AS cancellations, sum(room_revenue) AS room,
                              sum(total_revenue) AS total
                       FROM query_model.hotel_daily_night GROUP BY night) h ON h.night = c.night
            WHERE c.night BETWEEN :from AND :to
              AND (c.rooms_sold, c.arrivals, c.departures, c.cancellations, c.room_revenue, c.total_revenue)
                  IS DISTINCT FROM (h.sold, h.arrivals, h.departures, h.cancellations, h.room, h.total)""";

    private void assertCountersMatchTheFacts(String hotel, LocalDate from, LocalDate to) {
        assertThat(jdbc.sql(COUNTED).param("hotel", hotel).query().listOfRows())
                .isNotEmpty()
                .isEqualTo(jdbc.sql(COUNTED_FROM_FACTS).param("hotel", hotel).query().listOfRows());
        assertThat(jdbc.sql(CHAIN_MISCOUNTED).param("from", from).param("to", to).query().listOfRows()).isEmpty();
    }

    @Test
    void theFiguresOfAHotelFollowTheDashboardDefinitions() throws Exception {
        String hotel = "HDA01";
        registerHotel(hotel, 10);

        long invoiceA = 8_100_001L;
        long invoiceB = 8_100_002L;
        openInvoice(invoiceA, hotel);
        // The night audit posts at 01:30: it counts on that date, not the evening before.
        charge(invoiceA, 8_200_001L, "DIARIA", "300.00", LocalDateTime.of(2031, 3, 2, 1, 30));
        charge(invoiceA, 8_200_002L, "DIARIA", "250.00", LocalDateTime.of(2031, 3, 1, 20, 0));
        invoice(invoiceA, new ChargeReversed(invoiceA, 8_200_002L, source("faturamento.lancamento", 8_200_002L)));
        charge(invoiceA, 8_200_003L, "FRIGO", "40.50", LocalDateTime.of(2031, 3, 1, 21, 0));
        invoice(invoiceA, new ChargeRemoved(invoiceA, 8_200_003L, source("faturamento.lancamento", 8_200_003L)));
        charge(invoiceA, 8_200_004L, "REST", "55.25", LocalDateTime.of(2031, 3, 1, 12, 0));
        // A charge known before its invoice counts once the invoice says which hotel it belongs to.
        charge(invoiceB, 8_200_005L, "DIARIA", "200.00", LocalDateTime.of(2031, 3, 1, 23, 0));
        openInvoice(invoiceB, hotel);

        place(8_300_001L, hotel, LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 3), ReservationStatus.CONFIRMED);
        place(8_300_002L, hotel, LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 2), ReservationStatus.PENDING);
        place(8_300_003L, hotel, LocalDate.of(2031, 3, 5), LocalDate.of(2031, 3, 6), ReservationStatus.CONFIRMED);
        reservation(8_300_003L, new ReservationAmended(8_300_003L,
                stay(hotel, 8_300_003L, LocalDate.of(2031, 3, 2), LocalDate.of(2031, 3, 3)),
                source("reservas.reserva", 8_300_003L)));
        place(8_300_004L, hotel, LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 4), ReservationStatus.CONFIRMED);
        reservation(8_300_004L, new ReservationCancelled(8_300_004L,
                new Cancellation(LocalDateTime.of(2031, 3, 2, 23, 50), "Desistiu"),
                source("reservas.reserva", 8_300_004L)));

        JsonNode expected = json.readTree("""
                [{"date":"2031-03-01","roomsAvailable":10,"roomsSold":1,"occupancy":0.1000,"arrivals":1,
                  "departures":0,"cancellations":0,"roomRevenue":200.00,"totalRevenue":255.25,"adr":200.0000,
                  "revpar":20.0000,"trevpar":25.5250},
                 {"date":"2031-03-02","roomsAvailable":10,"roomsSold":2,"occupancy":0.2000,"arrivals":1,
                  "departures":0,"cancellations":1,"roomRevenue":300.00,"totalRevenue":300.00,"adr":150.0000,
                  "revpar":30.0000,"trevpar":30.0000},
                 {"date":"2031-03-03","roomsAvailable":10,"roomsSold":0,"occupancy":0.0000,"arrivals":0,
                  "departures":2,"cancellations":0,"roomRevenue":0.00,"totalRevenue":0.00,"adr":null,
                  "revpar":0.0000,"trevpar":0.0000},
                 {"date":"2031-03-04","roomsAvailable":10,"roomsSold":0,"occupancy":0.0000,"arrivals":0,
                  "departures":0,"cancellations":0,"roomRevenue":0.00,"totalRevenue":0.00,"adr":null,
                  "revpar":0.0000,"trevpar":0.0000},
                 {"date":"2031-03-05","roomsAvailable":10,"roomsSold":0,"occupancy":0.0000,"arrivals":0,
                  "departures":0,"cancellations":0,"roomRevenue":0.00,"totalRevenue":0.00,"adr":null,
                  "revpar":0.0000,"trevpar":0.0000}]""");
        String path = "/api/v1/hotels/" + hotel + "/daily?from=2031-03-01&to=2031-03-05";
        awaitFigures(path, expected);
        assertCountersMatchTheFacts(hotel, LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 5));

        StreamingEventProcessor processor = processing
                .eventProcessor(HotelDailyProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        // Right after the reset the model is empty, and the processor reports no segments until it claims them.
        await().atMost(PROJECTED).until(() -> !processor.processingStatus().isEmpty() && !processor.isReplaying()
                && processor.processingStatus().values().stream().allMatch(segment -> segment.isCaughtUp()));
        assertThat(awaitFigures(path, expected)).as("after a replay").isEqualTo(expected);
        assertCountersMatchTheFacts(hotel, LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 5));
    }

    @Test
    void theChainSumsItsHotelsAndRatiosOverNoRoomsAreNull() throws Exception {
        String full = "HDC03";
        String empty = "HDD04";
        LocalDate night = LocalDate.of(2031, 4, 1);
        registerHotel(full, 8);
        registerHotel(empty, 5);
        DomainEvents.publish(eventStore, "Hotel", HotelIds.aggregateId(empty),
                new HotelRoomInventoryChanged(empty, 0, source("cadastro.hotel", empty)));
        place(8_300_101L, full, night, night.plusDays(2), ReservationStatus.CONFIRMED);
        reservation(8_300_101L, new ReservationCheckedIn(8_300_101L, source("reservas.reserva", 8_300_101L)));
        place(8_300_102L, empty, night, night.plusDays(1), ReservationStatus.CONFIRMED);
        openInvoice(8_100_101L, full);
        charge(8_100_101L, 8_200_101L, "DIARIA", "180.00", night.atTime(22, 0));
        charge(8_100_101L, 8_200_102L, "BAR", "20.00", night.atTime(22, 30));
        openInvoice(8_100_102L, empty);
        charge(8_100_102L, 8_200_103L, "DIARIA", "100.00", night.atTime(10, 0));

        awaitFigures("/api/v1/hotels/" + empty + "/daily?from=2031-04-01&to=2031-04-01", json.readTree("""
                [{"date":"2031-04-01","roomsAvailable":0,"roomsSold":1,"occupancy":null,"arrivals":1,
                  "departures":0,"cancellations":0,"roomRevenue":100.00,"totalRevenue":100.00,"adr":100.0000,
                  "revpar":null,"trevpar":null}]"""));
        awaitFigures("/api/v1/hotels/" + full + "/daily?from=2031-04-01&to=2031-04-01", json.readTree("""
                [{"date":"2031-04-01","roomsAvailable":8,"roomsSold":1,"occupancy":0.1250,"arrivals":1,
                  "departures":0,"cancellations":0,"roomRevenue":180.00,"totalRevenue":200.00,"adr":180.0000,
                  "revpar":22.5000,"trevpar":25.0000}]"""));

        // Another test's hotels may still be leaving the model: wait for a chain that matches it.
        BigDecimal[] rooms = new BigDecimal[1];
        JsonNode chain = await().atMost(PROJECTED).until(() -> {
            rooms[0] = BigDecimal.valueOf(jdbc.sql("SELECT sum(rooms) FROM query_model.hotel_daily_hotel")
                    .query(Long.class).single());
            return get("/api/v1/chain/daily?from=2031-04-01&to=2031-04-02").getBody();
        }, body -> body.get(0).path("roomsAvailable").decimalValue().compareTo(rooms[0]) == 0);
        assertThat(chain).hasSize(2);
        JsonNode first = chain.get(0);
        assertThat(first.path("date").asText()).isEqualTo("2031-04-01");
        assertThat(first.path("roomsSold").asLong()).isEqualTo(2);
        assertThat(first.path("arrivals").asLong()).isEqualTo(2);
        assertThat(first.path("roomRevenue").decimalValue()).isEqualByComparingTo("280.00");
        assertThat(first.path("totalRevenue").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(first.path("adr").decimalValue()).isEqualByComparingTo("140.0000");
        assertThat(first.path("occupancy").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(2).divide(rooms[0], 4, RoundingMode.HALF_UP));
        assertThat(first.path("revpar").decimalValue())
                .isEqualByComparingTo(new BigDecimal("280").divide(rooms[0], 4, RoundingMode.HALF_UP));
        assertThat(first.path("trevpar").decimalValue())
                .isEqualByComparingTo(new BigDecimal("300").divide(rooms[0], 4, RoundingMode.HALF_UP));
        JsonNode second = chain.get(1);
        assertThat(second.path("roomsSold").asLong()).isEqualTo(1);
        assertThat(second.path("departures").asLong()).isEqualTo(1);
        assertThat(second.path("totalRevenue").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void aStayOf400NightsIsDeadLetteredWithItsReasonAndTheFiguresGoOn() {
        registerHotel("HDE09", 10);
        LocalDate arrival = LocalDate.of(2031, 7, 1);
        place(905_001, "HDE09", arrival, arrival.plusDays(401), ReservationStatus.CONFIRMED);
        place(905_002, "HDE09", arrival, arrival.plusDays(2), ReservationStatus.CONFIRMED);

        await().atMost(PROJECTED).until(() -> {
            JsonNode nights = get("/api/v1/hotels/HDE09/daily?from=2031-07-01&to=2031-07-02").getBody();
            return nights.isArray() && nights.findValuesAsText("roomsSold").equals(List.of("1", "1"));
        });
        JsonNode letters = get("/api/v1/processors/hotel_daily/dead-letters?size=200").getBody();
        JsonNode refused = letters.path("items").findParents("aggregateIdentifier").stream()
                .filter(letter -> letter.path("aggregateIdentifier").asText().equals(ReservationIds.aggregateId(905_001)))
                .findFirst().orElseThrow();
        assertThat(refused.path("causeType").asText()).isEqualTo(StayTooLongException.class.getName());
        assertThat(refused.path("causeMessage").asText()).isEqualTo("Reservation 905001 stays 401 nights, from"
                + " 2031-07-01 to 2032-08-05: a stay of more than 400 nights is not counted (mirante.query.max-stay-nights)");
        assertThat(refused.path("eventType").asText()).isEqualTo(ReservationPlaced.class.getName());

        HttpHeaders fromAClient = new HttpHeaders();
        fromAClient.set(CrossSiteRequestFilter.HEADER, "test");
        assertThat(rest.withBasicAuth("operator", "operator").exchange(
                "/api/v1/processors/hotel_daily/dead-letters/" + refused.path("id").asText(), HttpMethod.DELETE,
                new HttpEntity<>(fromAClient), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void badRangesAreAProblemAndAnUnknownHotelIsNotFound() {
        registerHotel("HDE05", 3);
        await().atMost(PROJECTED).until(() -> get("/api/v1/hotels/HDE05/daily?from=2031-05-01&to=2031-05-01")
                .getStatusCode() == HttpStatus.OK);

        for (String query : List.of("from=2031-05-02&to=2031-05-01", "from=2031-13-01&to=2031-12-01",
                "from=01/05/2031&to=2031-05-02", "to=2031-05-01", "from=2031-01-01&to=2032-02-05")) {
            for (String path : List.of("/api/v1/hotels/HDE05/daily?", "/api/v1/chain/daily?")) {
                ResponseEntity<JsonNode> response = get(path + query);

                assertThat(response.getStatusCode()).as(path + query).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(response.getHeaders().getContentType()).as(path + query)
                        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            }
        }
        assertThat(get("/api/v1/chain/daily?from=2031-01-01&to=2032-02-04").getBody()).hasSize(400);

        ResponseEntity<JsonNode> unknown = get("/api/v1/hotels/NOPE9/daily?from=2031-05-01&to=2031-05-01");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(unknown.getBody().path("status").asInt()).isEqualTo(404);
    }
}
