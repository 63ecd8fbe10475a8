package com.mirante.api.guest;

import com.mirante.api.source.SourcePosition;

/** The guest gave or withdrew consent to marketing. */
public record GuestMarketingConsentChanged(long guestId, boolean consent, SourcePosition source) {
}
