package com.mirante.api.stay;

import com.mirante.api.source.SourcePosition;
import java.time.LocalDateTime;

/**
 * The front desk corrected the stay's record rather than something happening in the hotel: the
 * reservation it belongs to (a walk-in linked to a booking), its hotel, or its check-in or
 * check-out time. Carries the corrected values, whether or not each one changed.
 *
 * @param reservationId {@code null} for a walk-in without reservation
 * @param checkedOutAt  {@code null} unless the stay is checked out
 */
public record StayCorrected(
        long stayId,
        Long reservationId,
        String hotelId,
        LocalDateTime checkedInAt,
        LocalDateTime checkedOutAt,
        SourcePosition source) {
}
