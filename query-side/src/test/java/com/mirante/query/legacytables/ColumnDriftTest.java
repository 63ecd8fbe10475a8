package com.mirante.query.legacytables;

import static org.assertj.core.api.Assertions.assertThat;

import com.mirante.api.schema.ColumnDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnDriftTest {

    private static final ColumnDefinition KEY = new ColumnDefinition("INT64", null, null, null, false);
    private static final ColumnDefinition TEXT = new ColumnDefinition("WSTRING", 20, null, null, true);

    private static Map<String, ColumnDefinition> columns(String... names) {
        Map<String, ColumnDefinition> columns = new LinkedHashMap<>();
        for (String name : names) {
            columns.put(name, name.startsWith("id_") ? KEY : TEXT);
        }
        return columns;
    }

    @Test
    void aNewDefinitionAgainstAKnownOneTellsTheColumnsAddedAndDropped() {
        ColumnDrift drift = ColumnDrift.between(columns("id_reserva", "num_reserva", "obs_reserva"),
                columns("id_reserva", "num_reserva", "cod_parceiro", "cod_canal"));

        assertThat(drift.added()).containsExactly("cod_canal", "cod_parceiro");
        assertThat(drift.dropped()).containsExactly("obs_reserva");
        assertThat(drift.columns().keySet()).containsExactly("id_reserva", "num_reserva", "cod_parceiro", "cod_canal");
    }

    @Test
    void aRenamedColumnIsOneDroppedAndOneAdded() {
        ColumnDrift drift = ColumnDrift.between(columns("id_reserva", "obs_reserva"), columns("id_reserva", "observacao"));

        assertThat(drift.added()).containsExactly("observacao");
        assertThat(drift.dropped()).containsExactly("obs_reserva");
    }

    @Test
    void aRetypedColumnIsNeitherAddedNorDroppedButTheNewTypeIsKept() {
        ColumnDefinition longer = new ColumnDefinition("WSTRING", 40, null, null, true);
        ColumnDrift drift = ColumnDrift.between(columns("id_reserva", "num_reserva"),
                Map.of("id_reserva", KEY, "num_reserva", longer));

        assertThat(drift.added()).isEmpty();
        assertThat(drift.dropped()).isEmpty();
        assertThat(drift.columns()).containsEntry("num_reserva", longer);
    }

    /** The table is older than the DMS task: its first definition is where its columns start, not a change. */
    @Test
    void theFirstDefinitionOfATableIsItsColumnsNotAChange() {
        ColumnDrift drift = ColumnDrift.between(Map.of(), columns("id_reserva", "num_reserva"));

        assertThat(drift.added()).isEmpty();
        assertThat(drift.dropped()).isEmpty();
        assertThat(drift.columns().keySet()).containsExactly("id_reserva", "num_reserva");
    }

    /** Without control details DMS says what kind of change happened but not to which column. */
    @Test
    void aChangeWithoutADefinitionKeepsTheKnownColumns() {
        ColumnDrift drift = ColumnDrift.between(columns("id_reserva", "num_reserva"), Map.of());

        assertThat(drift.added()).isEmpty();
        assertThat(drift.dropped()).isEmpty();
        assertThat(drift.columns().keySet()).containsExactly("id_reserva", "num_reserva");
    }

    @Test
    void theSameDefinitionAgainChangesNothing() {
        ColumnDrift drift = ColumnDrift.between(columns("id_reserva", "num_reserva"), columns("id_reserva", "num_reserva"));

        assertThat(List.of(drift.added(), drift.dropped())).allMatch(List::isEmpty);
    }
}
