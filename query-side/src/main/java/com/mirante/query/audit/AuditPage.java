package com.mirante.query.audit;

import java.util.List;

/**
 * One page of the audit trail, newest first; pages count from 0. {@code more} says whether another
 * page follows: the trail only grows, and counting it all for a total would cost every read.
 */
public record AuditPage(List<AuditEntry> items, int page, int size, boolean more) {
}
