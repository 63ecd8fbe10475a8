package com.mirante.query.hoteldaily;

import com.mirante.api.billing.ChargeCorrected;
import com.mirante.api.billing.ChargeDetails;
import com.mirante.api.billing.ChargePosted;
import com.mirante.api.billing.ChargeRemoved;
import com.mirante.api.billing.ChargeReversalUndone;
import com.mirante.api.billing.ChargeReversed;
import com.mirante.api.billing.InvoiceAmended;
import com.mirante.api.billing.InvoiceDetails;
import com.mirante.api.billing.InvoiceOpened;
import com.mirante.api.billing.InvoiceRemoved;
import com.mirante.api.hotel.HotelRegistered;
import com.mirante.api.hotel.HotelRemoved;
import com.mirante.api.hotel.HotelRoomInventoryChanged;
import com.mirante.api.reservation.Cancellation;
import com.mirante.api.reservation.ReservationAmended;
import com.mirante.api.reservation.ReservationCancelled;
import com.mirante.api.reservation.ReservationCheckedIn;
import com.mirante.api.reservation.ReservationCheckedOut;
import com.mirante.api.reservation.ReservationConfirmed;
import com.mirante.api.reservation.ReservationMarkedNoShow;
import com.mirante.api.reservation.ReservationPlaced;
import com.mirante.api.reservation.ReservationReinstated;
import com.mirante.api.reservation.ReservationRemoved;
import com.mirante.api.reservation.ReservationStatus;
import com.mirante.api.reservation.ReservationStatusCorrected;
import com.mirante.query.hoteldaily.NightCounters.HotelNight;
import com.mirante.query.live.LiveChanges;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the daily figures of every hotel and night pre-aggregated. Each event updates its fact row
 * (reservation, invoice or charge) and learns in the same statement what the row counted before;
 * the difference goes to per-night counters summed over the batch and written once when the batch
 * commits. Facts belong to one aggregate, so one segment, while the counters of a hotel-night are
 * shared: adding to them (never overwriting) keeps two segments from losing each other's changes.
 * Plain JDBC, one statement per event: a replay runs through every reservation and charge.
 */
@Component
@ProcessingGroup(HotelDailyProjection.PROCESSING_GROUP)
class HotelDailyProjection {

    static final String PROCESSING_GROUP = "hotel_daily";
    static final String LIVE_TOPIC = "daily";
    private static final String COUNTERS = HotelDailyProjection.class.getName() + ".counters";

    private final JdbcClient jdbc;
    private final HotelDailyFacts facts;
    private final NightCounterStore store;
    private final LiveChanges live;

    HotelDailyProjection(JdbcClient jdbc, HotelDailyFacts facts, NightCounterStore store, LiveChanges live) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.store = store;
        this.live = live;
    }

    @EventHandler
    void on(HotelRegistered event) {
        jdbc.sql("""
                        INSERT INTO query_model.hotel_daily_hotel (hotel_id, rooms) VALUES (:hotel, :rooms)
                        ON CONFLICT (hotel_id) DO UPDATE SET rooms = EXCLUDED.rooms""")
                .param("hotel", event.hotelId()).param("rooms", event.rooms()).update();
    }

    @EventHandler
    void on(HotelRoomInventoryChanged event) {
        jdbc.sql("UPDATE query_model.hotel_daily_hotel SET rooms = :rooms WHERE hotel_id = :hotel")
                .param("hotel", event.hotelId()).param("rooms", event.rooms()).update();
    }

    /** The hotel's nights stay; reading only the hotels known now leaves them out of every figure. */
    @EventHandler
    void on(HotelRemoved event) {
        jdbc.sql("DELETE FROM query_model.hotel_daily_hotel WHERE hotel_id = :hotel")
                .param("hotel", event.hotelId()).update();
    }

    @EventHandler
    void on(ReservationPlaced event) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", event.reservationId());
        row.put("hotel", event.details().hotelId());
        row.put("arrival", event.details().arrival());
        row.put("departure", event.details().departure());
        row.put("booked", event.status() != null && event.status().isOnTheBooks());
        row.put("cancelledOn", localDate(event.cancellation()));
        reservation("""
                INSERT INTO query_model.hotel_daily_reservation
                    (reservation_id, hotel_id, arrival, departure, on_the_books, cancelled_on)
                VALUES (:id, :hotel, :arrival, :departure, :booked, :cancelledOn)
                ON CONFLICT (reservation_id) DO UPDATE SET hotel_id = EXCLUDED.hotel_id,
                    arrival = EXCLUDED.arrival, departure = EXCLUDED.departure,
                    on_the_books = EXCLUDED.on_the_books, cancelled_on = EXCLUDED.cancelled_on""", row);
    }

    @EventHandler
    void on(ReservationAmended event) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", event.reservationId());
        row.put("hotel", event.details().hotelId());
        row.put("arrival", event.details().arrival());
        row.put("departure", event.details().departure());
        reservation("""
                UPDATE query_model.hotel_daily_reservation
                SET hotel_id = :hotel, arrival = :arrival, departure = :departure
                WHERE reservation_id = :id""", row);
    }

    @EventHandler
    void on(ReservationConfirmed event) {
        moveTo(event.reservationId(), ReservationStatus.CONFIRMED);
    }

    @EventHandler
    void on(ReservationCheckedIn event) {
        moveTo(event.reservationId(), ReservationStatus.IN_HOUSE);
    }

    @EventHandler
    void on(ReservationCheckedOut event) {
        moveTo(event.reservationId(), ReservationStatus.CHECKED_OUT);
    }

    @EventHandler
    void on(ReservationMarkedNoShow event) {
        moveTo(event.reservationId(), ReservationStatus.NO_SHOW);
    }

    @EventHandler
    void on(ReservationStatusCorrected event) {
        moveTo(event.reservationId(), event.status());
    }

    @EventHandler
    void on(ReservationCancelled event) {
        setCancellation(event.reservationId(), false, localDate(event.cancellation()));
    }

    /** Back on the books: the legacy row no longer carries a cancellation time. */
    @EventHandler
    void on(ReservationReinstated event) {
        setCancellation(event.reservationId(), event.status() != null && event.status().isOnTheBooks(), null);
    }

    @EventHandler
    void on(ReservationRemoved event) {
        facts.removeReservation(event.reservationId()).ifPresent(before -> counters().replace(before, null));
    }

    @EventHandler
    void on(InvoiceOpened event) {
        placeInvoice(event.invoiceId(), event.details());
    }

    @EventHandler
    void on(InvoiceAmended event) {
        placeInvoice(event.invoiceId(), event.details());
    }

    /** Nothing on a removed invoice counts any more: its charges go with it. */
    @EventHandler
    void on(InvoiceRemoved event) {
        NightCounters counters = counters();
        facts.removeInvoice(event.invoiceId()).forEach(charge -> counters.replace(charge, null));
    }

    @EventHandler
    void on(ChargePosted event) {
        ChargeDetails details = event.details();
        Map<String, Object> row = new HashMap<>();
        row.put("invoice", event.invoiceId());
        row.put("charge", event.chargeId());
        row.put("service", details.serviceCode());
        row.put("amount", details.amount());
        row.put("postedOn", localDate(details.postedAt()));
        row.put("reversed", event.reversed());
        charge("""
                INSERT INTO query_model.hotel_daily_charge
                    (invoice_id, charge_id, service_code, amount, posted_on, reversed, removed)
                VALUES (:invoice, :charge, :service, :amount, :postedOn, :reversed, FALSE)
                ON CONFLICT (invoice_id, charge_id) DO UPDATE SET service_code = EXCLUDED.service_code,
                    amount = EXCLUDED.amount, posted_on = EXCLUDED.posted_on,
                    reversed = EXCLUDED.reversed, removed = FALSE""", row);
    }

    @EventHandler
    void on(ChargeCorrected event) {
        ChargeDetails details = event.details();
        Map<String, Object> row = new HashMap<>();
        row.put("invoice", event.invoiceId());
        row.put("charge", event.chargeId());
        row.put("service", details.serviceCode());
        row.put("amount", details.amount());
        row.put("postedOn", localDate(details.postedAt()));
        charge("""
                UPDATE query_model.hotel_daily_charge
                SET service_code = :service, amount = :amount, posted_on = :postedOn
                WHERE invoice_id = :invoice AND charge_id = :charge""", row);
    }

    @EventHandler
    void on(ChargeReversed event) {
        setCharge(event.invoiceId(), event.chargeId(), "reversed", true);
    }

    @EventHandler
    void on(ChargeReversalUndone event) {
        setCharge(event.invoiceId(), event.chargeId(), "reversed", false);
    }

    /** Kept as a flag rather than deleted, so a late correction of the charge cannot bring it back. */
    @EventHandler
    void on(ChargeRemoved event) {
        setCharge(event.invoiceId(), event.chargeId(), "removed", true);
    }

    @ResetHandler
    void reset() {
        facts.clear();
    }

    private void reservation(String write, Map<String, Object> row) {
        facts.writeReservation(write, row).ifPresent(change -> counters().replace(change.before(), change.after()));
    }

    private void moveTo(long reservationId, ReservationStatus status) {
        reservation("UPDATE query_model.hotel_daily_reservation SET on_the_books = :booked WHERE reservation_id = :id",
                Map.of("id", reservationId, "booked", status != null && status.isOnTheBooks()));
    }

    private void setCancellation(long reservationId, boolean onTheBooks, LocalDate cancelledOn) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", reservationId);
        row.put("booked", onTheBooks);
        row.put("cancelledOn", cancelledOn);
        reservation("""
                UPDATE query_model.hotel_daily_reservation
                SET on_the_books = :booked, cancelled_on = :cancelledOn
                WHERE reservation_id = :id""", row);
    }

    private void charge(String write, Map<String, Object> row) {
        facts.writeCharge(write, row).ifPresent(change -> counters().replace(change.before(), change.after()));
    }

    private void setCharge(long invoiceId, long chargeId, String flag, boolean value) {
        charge("UPDATE query_model.hotel_daily_charge SET " + flag + " = :value"
                        + " WHERE invoice_id = :invoice AND charge_id = :charge",
                Map.of("invoice", invoiceId, "charge", chargeId, "value", value));
    }

    /** A charge counts through its invoice's hotel: when that changes, the invoice's charges move. */
    private void placeInvoice(long invoiceId, InvoiceDetails details) {
        String before = facts.placeInvoice(invoiceId, details.hotelId());
        if (!Objects.equals(before, details.hotelId())) {
            NightCounters counters = counters();
            facts.countingCharges(invoiceId, details.hotelId())
                    .forEach(charge -> counters.replace(charge.inHotel(before), charge));
        }
    }

    /** The batch's counters, written (and announced) once, just before the batch's transaction commits. */
    private NightCounters counters() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(COUNTERS, key -> {
            NightCounters counters = new NightCounters();
            batch.onPrepareCommit(committing -> write(counters));
            return counters;
        });
    }

    private void write(NightCounters counters) {
        Map<HotelNight, NightCounters.Counts> changes = counters.changes();
        store.add(changes);
        Map<String, LocalDate[]> ranges = new HashMap<>();
        changes.keySet().forEach(key -> ranges.merge(key.hotelId(), new LocalDate[] {key.night(), key.night()},
                (range, night) -> new LocalDate[] {min(range[0], night[0]), max(range[1], night[1])}));
        ranges.forEach((hotelId, range) -> live.announce(LIVE_TOPIC, hotelId, Map.of("from", range[0], "to", range[1])));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate localDate(Cancellation cancellation) {
        return cancellation == null ? null : localDate(cancellation.cancelledAt());
    }

    /** Legacy times are already the hotel's wall clock: the local date is their date part. */
    private static LocalDate localDate(LocalDateTime wallClock) {
        return wallClock == null ? null : wallClock.toLocalDate();
    }
}
