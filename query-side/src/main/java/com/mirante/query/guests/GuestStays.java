package com.mirante.query.guests;

import java.math.BigDecimal;

/** A guest's stay figures as the aggregate query returns them. */
interface GuestStays {

    long getStays();

    long getNights();

    BigDecimal getLifetimeValue();
}
