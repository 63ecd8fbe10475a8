package com.mirante.query.hoteldaily;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A charge as the daily figures see it, with its invoice's hotel (null while the invoice is not
 * known). {@code counts} is false once it was reversed or removed.
 */
record ChargeFact(String hotelId, String serviceCode, BigDecimal amount, LocalDate postedOn, boolean counts) {

    ChargeFact inHotel(String otherHotelId) {
        return new ChargeFact(otherHotelId, serviceCode, amount, postedOn, counts);
    }
}
