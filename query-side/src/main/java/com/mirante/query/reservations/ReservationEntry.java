package com.mirante.query.reservations;

import com.mirante.api.reservation.Cancellation;
import com.mirante.api.reservation.ReservationDetails;
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
 * One row of the reservations query model. JPA (Spring Data) serves this model: it is read by
 * id and in filtered pages, and written one reservation at a time.
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

    ReservationEntry(long reservationId) {
        this.reservationId = reservationId;
    }

    void describe(ReservationDetails details) {
        number = details.number();
        hotelId = details.hotelId();
        guestId = details.guestId();
        arrival = details.arrival();
        departure = details.departure();
        adults = (short) details.adults();
        children = (short) details.children();
        roomType = details.roomType();
        ratePlan = details.ratePlan();
        nightlyRate = details.nightlyRate();
        totalAmount = details.totalAmount();
        currency = details.currency();
        channel = details.channel();
        guaranteed = details.guaranteed();
        bookedAtLocal = details.bookedAt();
    }

    void cancel(Cancellation cancellation) {
        cancelledAtLocal = cancellation == null ? null : cancellation.cancelledAt();
        cancellationReason = cancellation == null ? null : cancellation.reason();
    }

    void moveTo(ReservationStatus newStatus) {
        status = newStatus;
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
