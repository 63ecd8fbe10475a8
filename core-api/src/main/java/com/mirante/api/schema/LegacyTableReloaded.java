package com.mirante.api.schema;

import java.time.Instant;

/**
 * The table was created again right after it was dropped: a DMS task reload (full load again),
 * not a business event. The preceding {@link LegacyTableDropped} is part of it.
 */
public record LegacyTableReloaded(String table, String taskId, Instant droppedAt, Instant emittedAt) {
}
