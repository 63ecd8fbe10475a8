package com.mirante.query.reservations;

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
import com.mirante.query.processors.QueryModelVersion;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the reservations query model. Every event carries absolute values (never deltas), so
 * handling an event again leaves the same row: safe under replays and redelivery.
 */
@Component
@ProcessingGroup(ReservationsProjection.PROCESSING_GROUP)
@QueryModelVersion(1)
class ReservationsProjection {

    static final String PROCESSING_GROUP = "reservations";

    private final ReservationRepository reservations;

    ReservationsProjection(ReservationRepository reservations) {
        this.reservations = reservations;
    }

    @EventHandler
    void on(ReservationPlaced event) {
        ReservationEntry entry = reservations.findById(event.reservationId())
                .orElseGet(() -> new ReservationEntry(event.reservationId()));
        entry.describe(event.details());
        entry.moveTo(event.status());
        entry.cancel(event.cancellation());
        reservations.save(entry);
    }

    @EventHandler
    void on(ReservationAmended event) {
        update(event.reservationId(), entry -> entry.describe(event.details()));
    }

    @EventHandler
    void on(ReservationConfirmed event) {
        update(event.reservationId(), entry -> entry.moveTo(ReservationStatus.CONFIRMED));
    }

    @EventHandler
    void on(ReservationCancelled event) {
        update(event.reservationId(), entry -> {
            entry.moveTo(ReservationStatus.CANCELLED);
            entry.cancel(event.cancellation());
        });
    }

    @EventHandler
    void on(ReservationMarkedNoShow event) {
        update(event.reservationId(), entry -> entry.moveTo(ReservationStatus.NO_SHOW));
    }

    @EventHandler
    void on(ReservationCheckedIn event) {
        update(event.reservationId(), entry -> entry.moveTo(ReservationStatus.IN_HOUSE));
    }

    @EventHandler
    void on(ReservationCheckedOut event) {
        update(event.reservationId(), entry -> entry.moveTo(ReservationStatus.CHECKED_OUT));
    }

    @EventHandler
    void on(ReservationReinstated event) {
        update(event.reservationId(), entry -> {
            entry.moveTo(event.status());
            entry.cancel(null);
        });
    }

    @EventHandler
    void on(ReservationStatusCorrected event) {
        update(event.reservationId(), entry -> entry.moveTo(event.status()));
    }

    @EventHandler
    void on(ReservationRemoved event) {
        reservations.deleteById(event.reservationId());
    }

    @ResetHandler
    void reset() {
        reservations.deleteAllInBatch();
    }

    /**
     * An event about a row this model no longer holds changes nothing: a projection never stops
     * on one event.
     */
    private void update(long reservationId, Consumer<ReservationEntry> change) {
        reservations.findById(reservationId).ifPresent(entry -> {
            change.accept(entry);
            reservations.save(entry);
        });
    }
}
