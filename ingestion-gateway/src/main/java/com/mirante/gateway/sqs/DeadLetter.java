package com.mirante.gateway.sqs;

import java.time.Instant;

/**
 * A message in the dead-letter queue, with why it is there. {@code errorCode} is absent for
 * messages SQS moved there by itself after too many failed receives.
 *
 * @param sentAt when the gateway dead-lettered it, or, for a message SQS moved, when the relay sent it
 */
public record DeadLetter(
        String messageId,
        String originalMessageId,
        String errorCode,
        String errorMessage,
        Integer receiveCount,
        Instant sentAt,
        String body) {
}
