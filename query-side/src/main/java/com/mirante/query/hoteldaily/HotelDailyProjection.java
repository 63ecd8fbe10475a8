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
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the facts behind the daily figures. Written with plain JDBC upserts and updates rather than
 * JPA: a replay runs through every reservation and charge of the chain, and one statement per event
 * (no read-before-write, no persistence context) is what keeps it fast. Events carry absolute
 * values, so handling one again leaves the same rows; an event about a row not seen yet updates
 * nothing instead of failing.
 */
@Component
@ProcessingGroup(HotelDailyProjection.PROCESSING_GROUP)
class HotelDailyProjection {

    static final String PROCESSING_GROUP = "hotel_daily";

    private final JdbcClient jdbc;

    HotelDailyProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    @EventHandler
    void on(HotelRemoved event) {
        jdbc.sql("DELETE FROM query_model.hotel_daily_hotel WHERE hotel_id = :hotel")
                .param("hotel", event.hotelId()).update();
    }

    @EventHandler
    void on(ReservationPlaced event) {
        jdbc.sql("""
                        INSERT INTO query_model.hotel_daily_reservation
                            (reservation_id, hotel_id, arrival, departure, on_the_books, cancelled_on)
                        VALUES (:id, :hotel, :arrival, :departure, :booked, :cancelledOn)
                        ON CONFLICT (reservation_id) DO UPDATE SET hotel_id = EXCLUDED.hotel_id,
                            arrival = EXCLUDED.arrival, departure = EXCLUDED.departure,
                            on_the_books = EXCLUDED.on_the_books, cancelled_on = EXCLUDED.cancelled_on""")
                .param("id", event.reservationId())
                .param("hotel", event.details().hotelId())
                .param("arrival", event.details().arrival())
                .param("departure", event.details().departure())
                .param("booked", event.status() != null && event.status().isOnTheBooks())
                .param("cancelledOn", localDate(event.cancellation()))
                .update();
    }

    @EventHandler
    void on(ReservationAmended event) {
        jdbc.sql("""
                        UPDATE query_model.hotel_daily_reservation
                        SET hotel_id = :hotel, arrival = :arrival, departure = :departure
                        WHERE reservation_id = :id""")
                .param("id", event.reservationId())
                .param("hotel", event.details().hotelId())
                .param("arrival", event.details().arrival())
                .param("departure", event.details().departure())
                .update();
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
        jdbc.sql("DELETE FROM query_model.hotel_daily_reservation WHERE reservation_id = :id")
                .param("id", event.reservationId()).update();
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
        jdbc.sql("DELETE FROM query_model.hotel_daily_charge WHERE invoice_id = :invoice")
                .param("invoice", event.invoiceId()).update();
        jdbc.sql("DELETE FROM query_model.hotel_daily_invoice WHERE invoice_id = :invoice")
                .param("invoice", event.invoiceId()).update();
    }

    @EventHandler
    void on(ChargePosted event) {
        ChargeDetails details = event.details();
        jdbc.sql("""
                        INSERT INTO query_model.hotel_daily_charge
                            (invoice_id, charge_id, service_code, amount, posted_on, reversed, removed)
                        VALUES (:invoice, :charge, :service, :amount, :postedOn, :reversed, FALSE)
                        ON CONFLICT (invoice_id, charge_id) DO UPDATE SET service_code = EXCLUDED.service_code,
                            amount = EXCLUDED.amount, posted_on = EXCLUDED.posted_on,
                            reversed = EXCLUDED.reversed, removed = FALSE""")
                .param("invoice", event.invoiceId())
                .param("charge", event.chargeId())
                .param("service", details.serviceCode())
                .param("amount", details.amount())
                .param("postedOn", localDate(details.postedAt()))
                .param("reversed", event.reversed())
                .update();
    }

    @EventHandler
    void on(ChargeCorrected event) {
        ChargeDetails details = event.details();
        jdbc.sql("""
                        UPDATE query_model.hotel_daily_charge
                        SET service_code = :service, amount = :amount, posted_on = :postedOn
                        WHERE invoice_id = :invoice AND charge_id = :charge""")
                .param("invoice", event.invoiceId())
                .param("charge", event.chargeId())
                .param("service", details.serviceCode())
                .param("amount", details.amount())
                .param("postedOn", localDate(details.postedAt()))
                .update();
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
        for (String table : new String[] {"hotel_daily_charge", "hotel_daily_invoice", "hotel_daily_reservation",
                "hotel_daily_hotel"}) {
            jdbc.sql("DELETE FROM query_model." + table).update();
        }
    }

    private void moveTo(long reservationId, ReservationStatus status) {
        jdbc.sql("UPDATE query_model.hotel_daily_reservation SET on_the_books = :booked WHERE reservation_id = :id")
                .param("id", reservationId)
                .param("booked", status != null && status.isOnTheBooks())
                .update();
    }

    private void setCancellation(long reservationId, boolean onTheBooks, LocalDate cancelledOn) {
        jdbc.sql("""
                        UPDATE query_model.hotel_daily_reservation
                        SET on_the_books = :booked, cancelled_on = :cancelledOn
                        WHERE reservation_id = :id""")
                .param("id", reservationId)
                .param("booked", onTheBooks)
                .param("cancelledOn", cancelledOn)
                .update();
    }

    private void placeInvoice(long invoiceId, InvoiceDetails details) {
        jdbc.sql("""
                        INSERT INTO query_model.hotel_daily_invoice (invoice_id, hotel_id) VALUES (:invoice, :hotel)
                        ON CONFLICT (invoice_id) DO UPDATE SET hotel_id = EXCLUDED.hotel_id""")
                .param("invoice", invoiceId).param("hotel", details.hotelId()).update();
    }

    private void setCharge(long invoiceId, long chargeId, String flag, boolean value) {
        jdbc.sql("UPDATE query_model.hotel_daily_charge SET " + flag + " = :value"
                        + " WHERE invoice_id = :invoice AND charge_id = :charge")
                .param("invoice", invoiceId).param("charge", chargeId).param("value", value).update();
    }

    private static LocalDate localDate(Cancellation cancellation) {
        return cancellation == null ? null : localDate(cancellation.cancelledAt());
    }

    /** Legacy times are already the hotel's wall clock: the local date is their date part. */
    private static LocalDate localDate(LocalDateTime wallClock) {
        return wallClock == null ? null : wallClock.toLocalDate();
    }
}
