package com.mirante.api.stay;

import com.mirante.api.source.SourcePosition;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The stay became known, as the front desk first showed it. Its status may already be past in
 * house when the first image seen is a full load or a later update.
 *
 * @param reservationId {@code null} for a walk-in without reservation
 * @param checkedOutAt  only when first seen already checked out
 */
public record GuestCheckedIn(
        long stayId,
        Long reservationId,
        String hotelId,
        String room,
        LocalDateTime checkedInAt,
        LocalDate plannedCheckout,
        int guests,
        long invoiceId,
        StayStatus status,
        LocalDateTime checkedOutAt,
        SourcePosition source) {
}
