package com.mirante.command.schema;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.mirante.api.schema.LegacyTableDropped;
import com.mirante.api.schema.LegacyTableIds;
import com.mirante.api.schema.LegacyTableReloaded;
import com.mirante.api.schema.LegacyTableSchemaChanged;
import com.mirante.api.schema.RecordSchemaChange;
import com.mirante.api.schema.SchemaChangeKind;
import com.mirante.command.AggregateCacheConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The schema-drift log of one legacy table, fed by DMS control records. A create-table that
 * follows a drop-table of the same table within {@link #RELOAD_WINDOW} is a task reload, not a
 * schema change.
 */
@Aggregate(cache = AggregateCacheConfiguration.CACHE)
public class LegacyTable {

    static final Duration RELOAD_WINDOW = Duration.ofMinutes(1);

    @AggregateIdentifier
    private String id;
    private Instant droppedAt;
    // Control records have no commit position: a record DMS sent again is the same kind at the same instant.
    private final Set<String> seen = new HashSet<>();

    protected LegacyTable() {
        // Created by Axon on the first control record of a table.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordSchemaChange change) {
        if (seen.contains(key(change.kind(), change.emittedAt()))) {
            return;
        }
        if (change.kind() == SchemaChangeKind.DROP_TABLE) {
            apply(new LegacyTableDropped(change.table(), change.taskId(), change.emittedAt()));
        } else if (change.kind() == SchemaChangeKind.CREATE_TABLE && followsDrop(change.emittedAt())) {
            apply(new LegacyTableReloaded(change.table(), change.taskId(), droppedAt, change.emittedAt()));
        } else {
            apply(new LegacyTableSchemaChanged(change.table(), change.kind(), change.columns(), change.primaryKey(),
                    change.taskId(), change.emittedAt()));
        }
    }

    private boolean followsDrop(Instant createdAt) {
        return droppedAt != null && !createdAt.isBefore(droppedAt)
                && Duration.between(droppedAt, createdAt).compareTo(RELOAD_WINDOW) <= 0;
    }

    private static String key(SchemaChangeKind kind, Instant emittedAt) {
        return kind + "@" + emittedAt;
    }

    @EventSourcingHandler
    void on(LegacyTableDropped event) {
        id = LegacyTableIds.aggregateId(event.table());
        droppedAt = event.emittedAt();
        seen.add(key(SchemaChangeKind.DROP_TABLE, event.emittedAt()));
    }

    @EventSourcingHandler
    void on(LegacyTableReloaded event) {
        id = LegacyTableIds.aggregateId(event.table());
        droppedAt = null;
        seen.add(key(SchemaChangeKind.CREATE_TABLE, event.emittedAt()));
    }

    @EventSourcingHandler
    void on(LegacyTableSchemaChanged event) {
        id = LegacyTableIds.aggregateId(event.table());
        seen.add(key(event.kind(), event.emittedAt()));
    }
}
