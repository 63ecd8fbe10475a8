package com.mirante.api.guest;

import com.mirante.api.source.SourcePosition;

/**
 * The CRM touched the guest's row without changing anything Mirante keeps (an audit column, say).
 * Recorded so that the guest remembers the newest position seen, and an older image arriving later
 * is recognised as older.
 */
public record GuestChangeWithoutEffect(long guestId, SourcePosition source) {
}
