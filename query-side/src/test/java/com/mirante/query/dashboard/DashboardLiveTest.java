package com.mirante.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mirante.api.reservation.Cancellation;
import com.mirante.api.reservation.ReservationCancelled;
import com.mirante.api.reservation.ReservationIds;
import com.mirante.api.room.HousekeepingStatus;
import com.mirante.api.room.RoomHousekeepingStatusChanged;
import com.mirante.api.room.RoomIds;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.query.DomainEvents;
import com.mirante.query.browser.Chromium;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The open page follows the live stream: events appended to the event store (a room marked dirty,
 * bookings cancelled) change the room tile and the figures without a reload. Its own database.
 */
class DashboardLiveTest extends SmallChainInBrowser {

    private static final String DATABASE = EmbeddedDatabases.create("dashboard_live");
    private static final LocalDate TODAY = LocalDate.of(2032, 11, 20);
    private static final String HOTEL = ChainFixture.hotelId(1);
    /** Projection, the stream and the page's redraw: the issue asks for a second after projection. */
    private static final Duration LIVE = Duration.ofSeconds(10);

    DashboardLiveTest() {
        super(TODAY, 35);
    }

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
    }

    /** Opens a view, waits for it and for the live stream, and marks the document to detect a reload. */
    private void openLive(String query) {
        browser.get("http://viewer:viewer@localhost:" + port + "/?" + query);
        DashboardPageTest.awaitPage(browser);
        new WebDriverWait(browser, LIVE).until(page -> "live".equals(page.findElement(By.id("live")).getText()));
        browser.executeScript("window.sameDocument = true");
    }

    private void awaitOnPage(String what, Supplier<Boolean> condition) {
        new WebDriverWait(browser, LIVE).withMessage(what).until(page -> condition.get());
        assertThat(browser.executeScript("return window.sameDocument")).as("no reload").isEqualTo(true);
    }

    private static SourcePosition captured(String table, String key, long version) {
        Instant now = Instant.parse("2032-11-20T15:00:00Z").plusSeconds(version);
        String lsn = String.format("0000FFFF/%08X", version);
        return new SourcePosition(table, key, SourceOperation.UPDATE, 70_000L + version, 1L, now, lsn + ".1." + lsn,
                version);
    }

    private long firstConfirmedArriving(String hotelId, LocalDate arrival) {
        return api("/api/v1/reservations?hotelId=" + hotelId + "&status=CONFIRMED&arrivalFrom=" + arrival + "&arrivalTo="
                + arrival + "&size=1").path("items").get(0).path("reservationId").asLong();
    }

    private void cancel(long reservationId, long version) {
        DomainEvents.publish(eventStore, "Reservation", ReservationIds.aggregateId(reservationId),
                new ReservationCancelled(reservationId, new Cancellation(TODAY.atTime(11, 30), "Voo cancelado"),
                        captured("reservas.reserva", String.valueOf(reservationId), version)));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private String pickup() {
        List<String> sold = new ArrayList<>();
        api("/api/v1/hotels/" + HOTEL + "/daily?from=" + TODAY + "&to=" + TODAY.plusDays(29))
                .forEach(night -> sold.add(night.path("roomsSold").asText()));
        return String.join(",", sold);
    }

    @Test
    void aRoomMarkedDirtyAndACancelledBookingChangeTheOpenHotelView() throws IOException {
        openLive("hotel=" + HOTEL + "&date=" + TODAY);
        String room = null;
        for (JsonNode tile : api("/api/v1/hotels/" + HOTEL + "/rooms")) {
            if (!tile.path("housekeeping").asText().equals("DIRTY") && !tile.path("outOfService").asBoolean()) {
                room = tile.path("room").asText();
                break;
            }
        }
        String dirtyRoom = room;
        String pickupBefore = browser.findElement(By.id("pickup")).getDomAttribute("data-rooms-sold");
        long cancellationsBefore = Long.parseLong(text("cancellations"));

        DomainEvents.publish(eventStore, "Room", RoomIds.aggregateId(HOTEL, dirtyRoom), new RoomHousekeepingStatusChanged(
                HOTEL, dirtyRoom, HousekeepingStatus.DIRTY, null, null, captured("governanca.quarto", HOTEL + "|" + dirtyRoom, 1)));
        awaitOnPage("room " + dirtyRoom + " turns dirty", () -> "DIRTY".equals(browser.findElement(
                By.cssSelector("#rooms [data-room='" + dirtyRoom + "']")).getDomAttribute("data-housekeeping")));

        cancel(firstConfirmedArriving(HOTEL, TODAY.plusDays(3)), 2);
        awaitOnPage("today's cancellations go up", () -> text("cancellations").equals(String.valueOf(cancellationsBefore + 1)));
        awaitOnPage("the nights on the books go down", () -> !pickupBefore.equals(
                browser.findElement(By.id("pickup")).getDomAttribute("data-rooms-sold")));
        assertThat(browser.findElement(By.id("pickup")).getDomAttribute("data-rooms-sold")).isEqualTo(pickup());
        Chromium.screenshot(browser, "hotel-live");
    }

    @Test
    void aCancelledBookingChangesTheOpenChainView() {
        openLive("date=" + TODAY);
        long cancellationsBefore = Long.parseLong(text("cancellations"));

        cancel(firstConfirmedArriving(ChainFixture.hotelId(2), TODAY.plusDays(5)), 3);
        awaitOnPage("the chain's cancellations go up",
                () -> text("cancellations").equals(String.valueOf(cancellationsBefore + 1)));
        JsonNode today = api("/api/v1/chain/daily?from=" + TODAY + "&to=" + TODAY).get(0);
        assertThat(text("cancellations")).isEqualTo(today.path("cancellations").asText());
    }
}
