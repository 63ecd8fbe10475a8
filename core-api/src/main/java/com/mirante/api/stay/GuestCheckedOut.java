package com.mirante.api.stay;

import com.mirante.api.source.SourcePosition;
import java.time.LocalDateTime;

/**
 * The guest checked out.
 *
 * @param checkedOutAt in the hotel's local wall-clock time
 */
public record GuestCheckedOut(long stayId, LocalDateTime checkedOutAt, SourcePosition source) {
}
