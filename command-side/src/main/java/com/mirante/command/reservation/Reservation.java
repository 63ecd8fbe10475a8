package com.mirante.command.reservation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.mirante.api.reservation.Cancellation;
import com.mirante.api.reservation.RecordReservation;
import com.mirante.api.reservation.RemoveReservation;
import com.mirante.api.reservation.ReservationAmended;
import com.mirante.api.reservation.ReservationCancelled;
import com.mirante.api.reservation.ReservationChangeWithoutEffect;
import com.mirante.api.reservation.ReservationCheckedIn;
import com.mirante.api.reservation.ReservationCheckedOut;
import com.mirante.api.reservation.ReservationConfirmed;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationIds;
import com.mirante.api.reservation.ReservationMarkedNoShow;
import com.mirante.api.reservation.ReservationPlaced;
import com.mirante.api.reservation.ReservationReinstated;
import com.mirante.api.reservation.ReservationRemoved;
import com.mirante.api.reservation.ReservationStatus;
import com.mirante.api.reservation.ReservationStatusCorrected;
import com.mirante.api.source.SourcePosition;
import com.mirante.command.AggregateCacheConfiguration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A reservation as the reservation system holds it. Changes arrive as full row images, at least
 * once and in any order; the aggregate keeps the newest one it has seen and turns the difference
 * into what happened in the hotel's terms.
 */
@Aggregate(cache = AggregateCacheConfiguration.CACHE)
public class Reservation {

    @AggregateIdentifier
    private String id;
    private ReservationDetails details;
    private ReservationStatus status;
    private SourcePosition lastApplied;
    private boolean removed;

    protected Reservation() {
        // Axon creates the instance, also when the first change seen is not the insert.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordReservation command) {
        if (removed || !command.source().isNewerThan(lastApplied)) {
            return;
        }
        if (status == null) {
            apply(new ReservationPlaced(command.reservationId(), command.details(), command.status(),
                    command.cancellation(), command.source()));
            return;
        }
        if (!details.equals(command.details())) {
            apply(new ReservationAmended(command.reservationId(), command.details(), command.source()));
        }
        if (status != command.status()) {
            apply(statusChange(command.reservationId(), command.status(), command.cancellation(), command.source()));
        }
        // Each apply above moved lastApplied at once; if none did, the position must still be kept, or an
        // older image arriving later would look newer than what the aggregate holds (A at 10, A at 30, B at 20).
        if (!command.source().equals(lastApplied)) {
            apply(new ReservationChangeWithoutEffect(command.reservationId(), command.source()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RemoveReservation command) {
        // A deleted row never comes back (ids are not reused), so removal is final whatever the order.
        if (!removed) {
            apply(new ReservationRemoved(command.reservationId(), command.source()));
        }
    }

    private Object statusChange(long reservationId, ReservationStatus target, Cancellation cancellation,
                                SourcePosition source) {
        boolean fromBooking = status == ReservationStatus.PENDING || status == ReservationStatus.CONFIRMED;
        boolean fromLost = status == ReservationStatus.CANCELLED || status == ReservationStatus.NO_SHOW;
        return switch (target) {
            case CONFIRMED -> status == ReservationStatus.PENDING
                    ? new ReservationConfirmed(reservationId, source)
                    : reinstatedOrCorrected(reservationId, target, fromLost, source);
            case PENDING -> reinstatedOrCorrected(reservationId, target, fromLost, source);
            case IN_HOUSE -> fromBooking
                    ? new ReservationCheckedIn(reservationId, source)
                    : new ReservationStatusCorrected(reservationId, status, target, source);
            case CHECKED_OUT -> fromBooking || status == ReservationStatus.IN_HOUSE
                    ? new ReservationCheckedOut(reservationId, source)
                    : new ReservationStatusCorrected(reservationId, status, target, source);
            case CANCELLED -> new ReservationCancelled(reservationId, cancellation, source);
            case NO_SHOW -> fromBooking
                    ? new ReservationMarkedNoShow(reservationId, source)
                    : new ReservationStatusCorrected(reservationId, status, target, source);
        };
    }

    private Object reinstatedOrCorrected(long reservationId, ReservationStatus target, boolean fromLost,
                                         SourcePosition source) {
        return fromLost
                ? new ReservationReinstated(reservationId, target, source)
                : new ReservationStatusCorrected(reservationId, status, target, source);
    }

    @EventSourcingHandler
    void on(ReservationPlaced event) {
        id = ReservationIds.aggregateId(event.reservationId());
        details = event.details();
        status = event.status();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(ReservationAmended event) {
        details = event.details();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(ReservationConfirmed event) {
        moveTo(ReservationStatus.CONFIRMED, event.source());
    }

    @EventSourcingHandler
    void on(ReservationCancelled event) {
        moveTo(ReservationStatus.CANCELLED, event.source());
    }

    @EventSourcingHandler
    void on(ReservationMarkedNoShow event) {
        moveTo(ReservationStatus.NO_SHOW, event.source());
    }

    @EventSourcingHandler
    void on(ReservationCheckedIn event) {
        moveTo(ReservationStatus.IN_HOUSE, event.source());
    }

    @EventSourcingHandler
    void on(ReservationCheckedOut event) {
        moveTo(ReservationStatus.CHECKED_OUT, event.source());
    }

    @EventSourcingHandler
    void on(ReservationReinstated event) {
        moveTo(event.status(), event.source());
    }

    @EventSourcingHandler
    void on(ReservationStatusCorrected event) {
        moveTo(event.status(), event.source());
    }

    @EventSourcingHandler
    void on(ReservationChangeWithoutEffect event) {
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(ReservationRemoved event) {
        id = ReservationIds.aggregateId(event.reservationId());
        removed = true;
        lastApplied = event.source();
    }

    private void moveTo(ReservationStatus newStatus, SourcePosition source) {
        status = newStatus;
        lastApplied = source;
    }
}
