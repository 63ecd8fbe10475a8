package com.mirante.api.reservation;

/** Where a reservation stands in the reservation system. */
public enum ReservationStatus {
    PENDING,
    CONFIRMED,
    IN_HOUSE,
    CHECKED_OUT,
    CANCELLED,
    NO_SHOW;

    /** Rooms sold count reservations on the books: confirmed, in house or checked out. */
    public boolean isOnTheBooks() {
        return this == CONFIRMED || this == IN_HOUSE || this == CHECKED_OUT;
    }
}
