package com.mirante.projection;

import java.util.List;

/** One page of a processor's dead letters, oldest first; pages count from 0, {@code total} is every letter. */
public record DeadLetterPage(List<DeadLetterView> items, int page, int size, long total) {
}
