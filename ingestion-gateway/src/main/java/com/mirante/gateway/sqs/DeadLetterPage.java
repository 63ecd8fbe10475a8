package com.mirante.gateway.sqs;

import java.util.List;

/**
 * One page of dead letters, oldest first, cut from one walk over the queue (see {@link DeadLetterQueue#page}).
 *
 * @param total     the letters the walk saw
 * @param truncated the walk stopped at its window: the queue may hold more letters than {@code total}
 */
public record DeadLetterPage(List<DeadLetter> items, int page, int size, int total, boolean truncated) {
}
