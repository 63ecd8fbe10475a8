package com.mirante.api.reservation;

import com.mirante.api.source.SourcePosition;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The reservation was deleted from the reservation system. */
public record RemoveReservation(long reservationId, SourcePosition source) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return ReservationIds.aggregateId(reservationId);
    }
}
