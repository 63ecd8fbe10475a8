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
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationMarkedNoShow;
import com.mirante.api.reservation.ReservationPlaced;
import com.mirante.api.reservation.ReservationReinstated;
import com.mirante.api.reservation.ReservationRemoved;
import com.mirante.api.reservation.ReservationStatus;
import com.mirante.api.reservation.ReservationStatusCorrected;
import com.mirante.query.hoteldaily.NightCounters.HotelNight;
import com.mirante.query.live.LiveChanges;
import com.mirante.projection.ProjectionBatch;
import com.mirante.projection.QueryModelVersion;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the daily figures of every hotel and night pre-aggregated. Events change facts (one per
 * reservation, invoice and charge) in a {@link FactBatch}, which reads and writes them once per
 * batch; the per-night counters move by the difference between each fact as it was and as it ends,
 * summed over the batch and written once when it commits. Facts belong to one aggregate, so to one
 * segment, while the counters of a hotel-night are shared: adding to them (never overwriting) keeps
 * two segments from losing each other's changes. A stay of more than
 * {@code mirante.query.max-stay-nights} (400) nights, which the gateway would not have recorded, is refused ({@link StayTooLongException}) rather than counted night by night.
 */
@Component
@ProcessingGroup(HotelDailyProjection.PROCESSING_GROUP)
@QueryModelVersion(1)
class HotelDailyProjection {

    static final String PROCESSING_GROUP = "hotel_daily";
    static final String LIVE_TOPIC = "daily";
    private static final String BATCH = HotelDailyProjection.class.getName() + ".batch";

    private final JdbcClient jdbc;
    private final HotelDailyFacts facts;
    private final NightCounterStore store;
    private final LiveChanges live;
    private final int maxStayNights;

    HotelDailyProjection(JdbcClient jdbc, HotelDailyFacts facts, NightCounterStore store, LiveChanges live,
                         @Value("${mirante.query.max-stay-nights:400}") int maxStayNights) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.store = store;
        this.live = live;
        this.maxStayNights = maxStayNights;
    }

    @EventHandler
    void on(HotelRegistered event) {
        jdbc.sql("""
                        INSERT INTO hotel_daily_hotel (hotel_id, rooms) VALUES (:hotel, :rooms)
                        ON CONFLICT (hotel_id) DO UPDATE SET rooms = EXCLUDED.rooms""")
                .param("hotel", event.hotelId()).param("rooms", event.rooms()).update();
    }

    @EventHandler
    void on(HotelRoomInventoryChanged event) {
        jdbc.sql("UPDATE hotel_daily_hotel SET rooms = :rooms WHERE hotel_id = :hotel")
                .param("hotel", event.hotelId()).param("rooms", event.rooms()).update();
    }

    /** The hotel's nights stay; reading only the hotels known now leaves them out of every figure. */
    @EventHandler
    void on(HotelRemoved event) {
        jdbc.sql("DELETE FROM hotel_daily_hotel WHERE hotel_id = :hotel")
                .param("hotel", event.hotelId()).update();
    }

    @EventHandler
    void on(ReservationPlaced event) {
        refuseAbsurdStay(event.reservationId(), event.details());
        ReservationFact placed = new ReservationFact(event.details().hotelId(), event.details().arrival(),
                event.details().departure(), event.status() != null && event.status().isOnTheBooks(),
                localDate(event.cancellation()));
        batch().changeReservation(event.reservationId(), known -> placed);
    }

    @EventHandler
    void on(ReservationAmended event) {
        refuseAbsurdStay(event.reservationId(), event.details());
        changeKnownReservation(event.reservationId(), known -> known.staying(event.details().hotelId(),
                event.details().arrival(), event.details().departure()));
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
        changeKnownReservation(event.reservationId(),
                known -> known.cancelled(false, localDate(event.cancellation())));
    }

    /** Back on the books: the legacy row no longer carries a cancellation time. */
    @EventHandler
    void on(ReservationReinstated event) {
        changeKnownReservation(event.reservationId(),
                known -> known.cancelled(event.status() != null && event.status().isOnTheBooks(), null));
    }

    @EventHandler
    void on(ReservationRemoved event) {
        batch().changeReservation(event.reservationId(), known -> null);
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
        batch().changeInvoice(event.invoiceId(), invoice -> {
            invoice.recorded = false;
            invoice.hotelId = null;
            invoice.charges.clear();
        });
    }

    @EventHandler
    void on(ChargePosted event) {
        ChargeDetails details = event.details();
        ChargeRow posted = new ChargeRow(details.serviceCode(), details.amount(), localDate(details.postedAt()),
                event.reversed(), false);
        batch().changeInvoice(event.invoiceId(), invoice -> invoice.charges.put(event.chargeId(), posted));
    }

    @EventHandler
    void on(ChargeCorrected event) {
        ChargeDetails details = event.details();
        changeKnownCharge(event.invoiceId(), event.chargeId(),
                row -> row.corrected(details.serviceCode(), details.amount(), localDate(details.postedAt())));
    }

    @EventHandler
    void on(ChargeReversed event) {
        changeKnownCharge(event.invoiceId(), event.chargeId(), row -> row.reversed(true));
    }

    @EventHandler
    void on(ChargeReversalUndone event) {
        changeKnownCharge(event.invoiceId(), event.chargeId(), row -> row.reversed(false));
    }

    /** Kept as a flag rather than deleted, so a late correction of the charge cannot bring it back. */
    @EventHandler
    void on(ChargeRemoved event) {
        changeKnownCharge(event.invoiceId(), event.chargeId(), ChargeRow::asRemoved);
    }

    @ResetHandler
    void reset() {
        facts.clear();
    }

    /** Before the batch holds anything of the event: its other events are not refused with it. */
    private void refuseAbsurdStay(long reservationId, ReservationDetails details) {
        if (details.arrival() != null && details.departure() != null
                && ChronoUnit.DAYS.between(details.arrival(), details.departure()) > maxStayNights) {
            throw new StayTooLongException(reservationId, details.arrival(), details.departure(), maxStayNights);
        }
    }

    private void moveTo(long reservationId, ReservationStatus status) {
        changeKnownReservation(reservationId, known -> known.booked(status != null && status.isOnTheBooks()));
    }

    /** A change to a reservation not seen yet (or forgotten) changes nothing. */
    private void changeKnownReservation(long reservationId, UnaryOperator<ReservationFact> change) {
        batch().changeReservation(reservationId, known -> known == null ? null : change.apply(known));
    }

    private void changeKnownCharge(long invoiceId, long chargeId, UnaryOperator<ChargeRow> change) {
        batch().changeInvoice(invoiceId, invoice -> invoice.charges.computeIfPresent(chargeId,
                (id, row) -> change.apply(row)));
    }

    /** A charge counts through its invoice's hotel: when that changes, the invoice's charges move. */
    private void placeInvoice(long invoiceId, InvoiceDetails details) {
        batch().changeInvoice(invoiceId, invoice -> {
            invoice.recorded = true;
            invoice.hotelId = details.hotelId();
        });
    }

    /** The batch's fact changes, applied (and the counters written and announced) just before it commits. */
    private FactBatch batch() {
        return ProjectionBatch.current(BATCH, FactBatch::new, this::write);
    }

    private void write(FactBatch batch) {
        NightCounters counters = new NightCounters();
        batch.apply(facts, counters);
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
