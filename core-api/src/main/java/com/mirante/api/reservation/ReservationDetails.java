package com.mirante.api.reservation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What was booked. Free-text remarks are left out on purpose: they may hold personal data, and
 * the event store is immutable.
 *
 * @param bookedAt when the booking was made, in the hotel's local wall-clock time
 */
public record ReservationDetails(
        String number,
        String hotelId,
        Long guestId,
        LocalDate arrival,
        LocalDate departure,
        int adults,
        int children,
        String roomType,
        String ratePlan,
        BigDecimal nightlyRate,
        BigDecimal totalAmount,
        String currency,
        String channel,
        boolean guaranteed,
        LocalDateTime bookedAt) {
}
