package com.mirante.query.hotels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mirante.api.hotel.HotelClosed;
import com.mirante.api.hotel.HotelIds;
import com.mirante.api.hotel.HotelRegistered;
import com.mirante.api.hotel.HotelRenamed;
import com.mirante.api.hotel.HotelRoomInventoryChanged;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationIds;
import com.mirante.api.reservation.ReservationPlaced;
import com.mirante.api.reservation.ReservationStatus;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.query.DomainEvents;
import com.mirante.query.QuerySideIntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The hotels query model against real PostgreSQL, and the hotel zones it gives the other models. */
@QuerySideIntegrationTest
class HotelsIntegrationTest {

    private static final SourcePosition SOURCE =
            new SourcePosition("cadastro.hotel", "MAO01", SourceOperation.LOAD, null, null, null, null, null);

    @Autowired
    private EventStore eventStore;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private HotelTable hotels;

    private JsonNode get(String path) {
        return rest.withBasicAuth("viewer", "viewer").getForObject(path, JsonNode.class);
    }

    @Test
    void hotelsAreListedWithTheContractedFieldsAndTheirZoneConvertsBookingTimes() throws Exception {
        String hotel = HotelIds.aggregateId("MAO01");
        DomainEvents.publish(eventStore, "Hotel", hotel, new HotelRegistered("MAO01", "Hotel Rio Negro", "Manaus",
                "AM", 120, "America/Manaus", true, SOURCE));
        DomainEvents.publish(eventStore, "Hotel", hotel, new HotelRenamed("MAO01", "Mirante Rio Negro", SOURCE));
        DomainEvents.publish(eventStore, "Hotel", hotel, new HotelRoomInventoryChanged("MAO01", 126, SOURCE));
        DomainEvents.publish(eventStore, "Hotel", hotel, new HotelClosed("MAO01", SOURCE));

        JsonNode expected = json.readTree("""
                {"hotelId":"MAO01","name":"Mirante Rio Negro","city":"Manaus","state":"AM","rooms":126,
                 "timeZone":"America/Manaus","active":false}""");
        // Other tests of this JVM register hotels of their own in the shared database.
        await().atMost(Duration.ofSeconds(10)).until(() -> get("/api/v1/hotels").findParents("hotelId").stream()
                .anyMatch(expected::equals));

        long reservation = 6_100_001L;
        DomainEvents.publish(eventStore, "Reservation", ReservationIds.aggregateId(reservation), new ReservationPlaced(
                reservation, new ReservationDetails("MAO01-2025-000001", "MAO01", null, LocalDate.of(2025, 10, 1),
                        LocalDate.of(2025, 10, 2), 1, 0, "STD", "BAR", new BigDecimal("300"), new BigDecimal("300"),
                        "BRL", "SITE", false, LocalDateTime.of(2025, 9, 1, 22, 30)),
                ReservationStatus.CONFIRMED, null, SOURCE));

        // 22:30 in Manaus (UTC-4) is 02:30 UTC the next day; São Paulo's default would say 01:30.
        JsonNode booked = await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/api/v1/reservations/" + reservation), node -> node.has("bookedAt"));
        assertThat(booked.path("bookedAt").asText()).isEqualTo("2025-09-02T02:30:00Z");
    }

    /** Every column goes in through the upsert and comes back as it went, nulls included. */
    @Test
    void aHotelWrittenIsReadBackIdentical() {
        HotelEntry hotel = new HotelEntry("RTT01");
        hotel.describe("Hotel Ida e Volta", null, null, 40, "America/Recife", true);
        hotels.save(hotel);
        assertThat(hotels.find("RTT01")).get().usingRecursiveComparison().isEqualTo(hotel);

        hotel.locate("Recife", "PE");
        hotel.open(false);
        hotels.save(hotel);
        assertThat(hotels.all()).filteredOn(found -> found.getHotelId().equals("RTT01")).singleElement()
                .usingRecursiveComparison().isEqualTo(hotel);

        hotels.delete("RTT01");
        assertThat(hotels.exists("RTT01")).isFalse();
    }
}
