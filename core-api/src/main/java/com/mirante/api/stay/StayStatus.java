package com.mirante.api.stay;

/** Where a stay stands at the front desk. */
public enum StayStatus {
    IN_HOUSE,
    CHECKED_OUT,
    /** The check-in was undone as a mistake: the stay never happened. */
    VOIDED
}
