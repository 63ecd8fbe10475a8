package com.mirante.api.guest;

import com.mirante.api.source.SourcePosition;

/**
 * The guest was erased under the LGPD: the data key is shredded, the personal data in earlier
 * events can no longer be read, and nothing about the guest changes any more.
 */
public record GuestErased(long guestId, SourcePosition source) {
}
