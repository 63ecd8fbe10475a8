package com.mirante.query.reservations;

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
import com.mirante.projection.ProjectionBatch;
import com.mirante.projection.QueryModelVersion;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the reservations query model. Every event carries absolute values (never deltas), so
 * handling an event again leaves the same row: safe under replays and redelivery. Events change
 * rows in a {@link ReservationBatch}, read and written once per batch of events.
 */
@Component
@ProcessingGroup(ReservationsProjection.PROCESSING_GROUP)
@QueryModelVersion(1)
class ReservationsProjection {

    static final String PROCESSING_GROUP = "reservations";
    private static final String BATCH = ReservationsProjection.class.getName() + ".batch";

    private final ReservationRows rows;

    ReservationsProjection(ReservationRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(ReservationPlaced event) {
        batch().place(ReservationRow.of(event.reservationId(), described(event.details()), event.status(),
                event.cancellation()));
    }

    @EventHandler
    void on(ReservationAmended event) {
        ReservationDetails details = described(event.details());
        batch().change(event.reservationId(), row -> row.described(details));
    }

    @EventHandler
    void on(ReservationConfirmed event) {
        moveTo(event.reservationId(), ReservationStatus.CONFIRMED);
    }

    @EventHandler
    void on(ReservationCancelled event) {
        batch().change(event.reservationId(),
                row -> row.movedTo(ReservationStatus.CANCELLED).cancelled(event.cancellation()));
    }

    @EventHandler
    void on(ReservationMarkedNoShow event) {
        moveTo(event.reservationId(), ReservationStatus.NO_SHOW);
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
    void on(ReservationReinstated event) {
        batch().change(event.reservationId(), row -> row.movedTo(event.status()).cancelled(null));
    }

    @EventHandler
    void on(ReservationStatusCorrected event) {
        moveTo(event.reservationId(), event.status());
    }

    @EventHandler
    void on(ReservationRemoved event) {
        batch().remove(event.reservationId());
    }

    @ResetHandler
    void reset() {
        rows.clear();
    }

    private void moveTo(long reservationId, ReservationStatus status) {
        batch().change(reservationId, row -> row.movedTo(status));
    }

    /**
     * Rows are built when the batch commits, where a failure would hold back the whole batch: an
     * event without details fails here, on its own, and waits as a dead letter.
     */
    private static ReservationDetails described(ReservationDetails details) {
        return Objects.requireNonNull(details, "reservation details");
    }

    /** The batch's changes, read and written just before it commits. */
    private ReservationBatch batch() {
        return ProjectionBatch.current(BATCH, ReservationBatch::new,
                batch -> rows.write(batch.outcome(rows.read(batch.toRead()))));
    }
}
