package com.mirante.query.hoteldaily;

import java.time.LocalDate;

/** A reservation as the daily figures see it; a null hotel counts nowhere. */
record ReservationFact(String hotelId, LocalDate arrival, LocalDate departure, boolean onTheBooks,
                       LocalDate cancelledOn) {
}
