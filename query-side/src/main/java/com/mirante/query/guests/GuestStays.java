package com.mirante.query.guests;

import java.math.BigDecimal;

/** A guest's stay figures, summed over its reservation rows. */
record GuestStays(long stays, long nights, BigDecimal lifetimeValue) {
}
