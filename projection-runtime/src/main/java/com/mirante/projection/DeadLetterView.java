package com.mirante.projection;

import java.time.Instant;

/**
 * An event a projection failed on, waiting in its processing group's dead-letter queue.
 *
 * @param sequence      the events queued behind this one in order (by default its aggregate)
 * @param sequenceIndex its place in that sequence; only the first of a sequence is retried first
 */
public record DeadLetterView(String id, String sequence, long sequenceIndex, String eventIdentifier,
                             String eventType, String aggregateIdentifier, Instant enqueuedAt, Instant lastTouched,
                             String causeType, String causeMessage) {
}
