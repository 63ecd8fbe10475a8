package com.mirante.query.hoteldaily;

import java.time.LocalDate;

/** A reservation as the daily figures see it; a null hotel counts nowhere. */
record ReservationFact(String hotelId, LocalDate arrival, LocalDate departure, boolean onTheBooks,
                       LocalDate cancelledOn) {

    ReservationFact staying(String otherHotelId, LocalDate otherArrival, LocalDate otherDeparture) {
        return new ReservationFact(otherHotelId, otherArrival, otherDeparture, onTheBooks, cancelledOn);
    }

    ReservationFact booked(boolean nowOnTheBooks) {
        return new ReservationFact(hotelId, arrival, departure, nowOnTheBooks, cancelledOn);
    }

    ReservationFact cancelled(boolean nowOnTheBooks, LocalDate on) {
        return new ReservationFact(hotelId, arrival, departure, nowOnTheBooks, on);
    }
}
