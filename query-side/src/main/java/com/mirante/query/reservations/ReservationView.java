package com.mirante.query.reservations;

import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.BiFunction;

/** A reservation as the API shows it. */
public record ReservationView(
        long reservationId,
        String number,
        String hotelId,
        Long guestId,
        LocalDate arrival,
        LocalDate departure,
        long nights,
        ReservationStatus status,
        String channel,
        String roomType,
        BigDecimal totalAmount,
        String currency,
        Instant bookedAt) {

    /** @param toInstant converts a hotel's wall-clock time through that hotel's zone */
    static ReservationView of(ReservationRow row, BiFunction<String, LocalDateTime, Instant> toInstant) {
        ReservationDetails details = row.details();
        return new ReservationView(
                row.reservationId(),
                details.number(),
                details.hotelId(),
                details.guestId(),
                details.arrival(),
                details.departure(),
                ChronoUnit.DAYS.between(details.arrival(), details.departure()),
                row.status(),
                details.channel(),
                details.roomType(),
                details.totalAmount(),
                details.currency(),
                toInstant.apply(details.hotelId(), details.bookedAt()));
    }
}
