package com.mirante.query.legacytables;

import com.mirante.api.schema.LegacyTableDropped;
import com.mirante.api.schema.LegacyTableReloaded;
import com.mirante.api.schema.LegacyTableSchemaChanged;
import com.mirante.api.schema.SchemaChangeKind;
import com.mirante.projection.QueryModelVersion;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps the legacy tables query model from the tables' schema logs: each table's known columns,
 * the columns its changes added and dropped, and the DMS task's reloads. The log of one table
 * arrives in its order (one aggregate), which the comparison of definitions needs.
 */
@Component
@ProcessingGroup(LegacyTablesProjection.PROCESSING_GROUP)
@QueryModelVersion(1)
class LegacyTablesProjection {

    static final String PROCESSING_GROUP = "legacy_tables";

    private final LegacyTableStore tables;

    LegacyTablesProjection(LegacyTableStore tables) {
        this.tables = tables;
    }

    /** @param recordedAt when the platform recorded it, which a replay keeps */
    @EventHandler
    void on(LegacyTableSchemaChanged event, @Timestamp Instant recordedAt) {
        tables.changed(event.table(), event.kind(), event.emittedAt(), recordedAt,
                ColumnDrift.between(tables.columns(event.table()), event.columns()));
        if (event.kind() == SchemaChangeKind.CREATE_TABLE) {
            tables.created(event.table());
        }
    }

    @EventHandler
    void on(LegacyTableDropped event) {
        tables.dropped(event.table(), event.emittedAt());
    }

    @EventHandler
    void on(LegacyTableReloaded event) {
        tables.reloaded(event.table(), event.droppedAt(), event.emittedAt(), event.taskId());
    }

    @ResetHandler
    void reset() {
        tables.clear();
    }
}
