package com.mirante.api.reservation;

import java.time.LocalDateTime;

/**
 * When and why a reservation was cancelled.
 *
 * @param cancelledAt in the hotel's local wall-clock time; may be unknown
 */
public record Cancellation(LocalDateTime cancelledAt, String reason) {
}
