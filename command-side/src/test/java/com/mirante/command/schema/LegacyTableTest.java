package com.mirante.command.schema;

import com.mirante.api.schema.ColumnDefinition;
import com.mirante.api.schema.LegacyTableDropped;
import com.mirante.api.schema.LegacyTableReloaded;
import com.mirante.api.schema.LegacyTableSchemaChanged;
import com.mirante.api.schema.RecordSchemaChange;
import com.mirante.api.schema.SchemaChangeKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LegacyTableTest {

    private static final String TABLE = "reservas.reserva";
    private static final String TASK = "QW3RTY7UIOP2ASDF4GHJK6LZXC";
    private static final Instant DROPPED = Instant.parse("2025-07-01T03:00:04Z");
    private static final Map<String, ColumnDefinition> COLUMNS =
            Map.of("id_reserva", new ColumnDefinition("INT64", null, null, null, false));

    private AggregateTestFixture<LegacyTable> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LegacyTable.class);
    }

    private static RecordSchemaChange change(SchemaChangeKind kind, Instant at) {
        return new RecordSchemaChange(TABLE, kind, kind == SchemaChangeKind.DROP_TABLE ? Map.of() : COLUMNS,
                List.of("id_reserva"), TASK, at);
    }

    @Test
    void anAddedColumnIsLoggedWithTheNewDefinition() {
        Instant at = Instant.parse("2025-06-03T14:20:51Z");

        fixture.givenNoPriorActivity()
                .when(change(SchemaChangeKind.ADD_COLUMN, at))
                .expectEvents(new LegacyTableSchemaChanged(TABLE, SchemaChangeKind.ADD_COLUMN, COLUMNS,
                        List.of("id_reserva"), TASK, at));
    }

    @Test
    void aCreateRightAfterADropIsATaskReload() {
        Instant created = DROPPED.plusSeconds(3);

        fixture.given(new LegacyTableDropped(TABLE, TASK, DROPPED))
                .when(change(SchemaChangeKind.CREATE_TABLE, created))
                .expectEvents(new LegacyTableReloaded(TABLE, TASK, DROPPED, created));
    }

    @Test
    void aCreateLongAfterADropIsASchemaChange() {
        Instant created = DROPPED.plus(LegacyTable.RELOAD_WINDOW).plusSeconds(1);

        fixture.given(new LegacyTableDropped(TABLE, TASK, DROPPED))
                .when(change(SchemaChangeKind.CREATE_TABLE, created))
                .expectEvents(new LegacyTableSchemaChanged(TABLE, SchemaChangeKind.CREATE_TABLE, COLUMNS,
                        List.of("id_reserva"), TASK, created));
    }

    @Test
    void aControlRecordDeliveredTwiceIsLoggedOnce() {
        fixture.given(new LegacyTableDropped(TABLE, TASK, DROPPED))
                .when(change(SchemaChangeKind.DROP_TABLE, DROPPED))
                .expectNoEvents();
    }
}
