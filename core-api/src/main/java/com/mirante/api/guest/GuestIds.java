package com.mirante.api.guest;

/** Guest aggregate identifiers, prefixed because the legacy tables reuse the same numbers. */
public final class GuestIds {

    private GuestIds() {
    }

    public static String aggregateId(long guestId) {
        return "guest-" + guestId;
    }
}
