package com.mirante.query.hoteldaily;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A charge as its row keeps it; which hotel it counts for comes from its invoice. */
record ChargeRow(String serviceCode, BigDecimal amount, LocalDate postedOn, boolean reversed, boolean removed) {

    ChargeRow corrected(String otherServiceCode, BigDecimal otherAmount, LocalDate otherPostedOn) {
        return new ChargeRow(otherServiceCode, otherAmount, otherPostedOn, reversed, removed);
    }

    ChargeRow reversed(boolean nowReversed) {
        return new ChargeRow(serviceCode, amount, postedOn, nowReversed, removed);
    }

    ChargeRow asRemoved() {
        return new ChargeRow(serviceCode, amount, postedOn, reversed, true);
    }

    ChargeFact in(String hotelId) {
        return new ChargeFact(hotelId, serviceCode, amount, postedOn, !reversed && !removed);
    }
}
