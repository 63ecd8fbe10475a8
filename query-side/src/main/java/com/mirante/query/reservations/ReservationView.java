package com.mirante.query.reservations;

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
    static ReservationView of(ReservationEntry entry, BiFunction<String, LocalDateTime, Instant> toInstant) {
        return new ReservationView(
                entry.getReservationId(),
                entry.getNumber(),
                entry.getHotelId(),
                entry.getGuestId(),
                entry.getArrival(),
                entry.getDeparture(),
                ChronoUnit.DAYS.between(entry.getArrival(), entry.getDeparture()),
                entry.getStatus(),
                entry.getChannel(),
                entry.getRoomType(),
                entry.getTotalAmount(),
                entry.getCurrency(),
                toInstant.apply(entry.getHotelId(), entry.getBookedAtLocal()));
    }
}
