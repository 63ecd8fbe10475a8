package com.mirante.query.reservations;

import com.mirante.api.reservation.ReservationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One row of the reservations query model, as the API reads it (by id and in filtered pages,
 * through Spring Data JPA). The projection writes the rows through JDBC ({@link ReservationRows}),
 * many per statement.
 */
@Entity
@Table(name = "reservations")
public class ReservationEntry {

    @Id
    @Column(name = "reservation_id")
    private long reservationId;
    private String number;
    private String hotelId;
    private Long guestId;
    private LocalDate arrival;
    private LocalDate departure;
    private short adults;
    private short children;
    @Enumerated(EnumType.STRING)
    private ReservationStatus status;
    private String channel;
    private String roomType;
    private String ratePlan;
    private BigDecimal nightlyRate;
    private BigDecimal totalAmount;
    private String currency;
    private boolean guaranteed;
    private LocalDateTime bookedAtLocal;
    private LocalDateTime cancelledAtLocal;
    private String cancellationReason;

    protected ReservationEntry() {
    }

    public long getReservationId() {
        return reservationId;
    }

    public String getNumber() {
        return number;
    }

    public String getHotelId() {
        return hotelId;
    }

    public Long getGuestId() {
        return guestId;
    }

    public LocalDate getArrival() {
        return arrival;
    }

    public LocalDate getDeparture() {
        return departure;
    }

    public ReservationStatus getStatus() {
        return status;
    }

    public String getChannel() {
        return channel;
    }

    public String getRoomType() {
        return roomType;
    }

    public BigDecimal getTotalAmount() {
        return totalAmount;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDateTime getBookedAtLocal() {
        return bookedAtLocal;
    }

    public LocalDateTime getCancelledAtLocal() {
        return cancelledAtLocal;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }
}
