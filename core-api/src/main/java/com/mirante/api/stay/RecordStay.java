package com.mirante.api.stay;

import com.mirante.api.source.SourcePosition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The front desk holds this stay as described: the aggregate works out what it means (check-in,
 * room move, extension, check-out...) against what it already knows.
 *
 * @param reservationId  {@code null} for a walk-in without reservation
 * @param checkedInAt    in the hotel's local wall-clock time
 * @param checkedOutAt   in the hotel's local wall-clock time; {@code null} while nobody checked out
 */
public record RecordStay(
        long stayId,
        Long reservationId,
        String hotelId,
        String room,
        LocalDateTime checkedInAt,
        LocalDateTime checkedOutAt,
        LocalDate plannedCheckout,
        int guests,
        long invoiceId,
        StayStatus status,
        SourcePosition source) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return StayIds.aggregateId(stayId);
    }
}
