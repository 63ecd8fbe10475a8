package com.mirante.api.schema;

import java.time.Instant;

/** DMS reported the table dropped. A reload by the DMS task is told apart by a later {@link LegacyTableReloaded}. */
public record LegacyTableDropped(String table, String taskId, Instant emittedAt) {
}
