package com.mirante.api.guest;

import com.mirante.api.source.SourcePosition;

/** The guest moved to another loyalty tier (CRM codes; null when the guest has none). */
public record GuestLoyaltyTierChanged(long guestId, String from, String to, SourcePosition source) {
}
