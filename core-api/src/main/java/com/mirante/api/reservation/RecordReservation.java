package com.mirante.api.reservation;

import com.mirante.api.source.SourcePosition;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The reservation system holds this reservation as described: the aggregate works out what it
 * means (placed, amended, confirmed, cancelled...) against what it already knows.
 *
 * @param cancellation present when the legacy row carries cancellation data
 */
public record RecordReservation(
        long reservationId,
        ReservationDetails details,
        ReservationStatus status,
        Cancellation cancellation,
        SourcePosition source) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return ReservationIds.aggregateId(reservationId);
    }
}
