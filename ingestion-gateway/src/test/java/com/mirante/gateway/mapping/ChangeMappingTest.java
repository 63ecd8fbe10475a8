package com.mirante.gateway.mapping;

import static com.mirante.gateway.dms.DmsFixtures.JSON;
import static com.mirante.gateway.dms.DmsFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mirante.api.reservation.RecordReservation;
import com.mirante.api.schema.ColumnDefinition;
import com.mirante.api.schema.RecordSchemaChange;
import com.mirante.api.schema.SchemaChangeKind;
import com.mirante.gateway.dms.DmsMessageReader;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangeMappingTest {

    private final ChangeMapping mapping = new ChangeMapping(List.of(new ReservationTableMapper()));

    @Test
    void aColumnTheMapperDoesNotKnowIsKeptWithItsValue() {
        DmsRecord record = record("insert-reservation.json");
        record.data().put("cod_programa_fidelidade", "PLUS").putNull("cod_parceiro");

        assertThat(mapping.map(record).unknownColumns()).hasSize(2).containsEntry("cod_programa_fidelidade", "PLUS")
                .containsEntry("cod_parceiro", null);
        assertThat(mapping.map(record("insert-reservation.json")).unknownColumns()).isEmpty();
    }

    @Test
    void aNewColumnOfATableWithPersonalDataIsKeptByNameOnly() throws Exception {
        ChangeMapping guests = new ChangeMapping(List.of(new GuestTableMapper()));
        DmsRecord record = record("crm.hospede/insert.json");
        record.data().put("num_rg", "12.345.678-9");

        assertThat(guests.map(record).unknownColumns()).containsExactly(Map.entry("num_rg", ChangeMapping.WITHHELD));
    }

    @Test
    void reservationRecordGoesToTheReservationMapper() {
        assertThat(mapping.map(record("insert-reservation.json")).commands())
                .singleElement().isInstanceOf(RecordReservation.class);
    }

    @Test
    void controlRecordOfDmsOwnTableProducesNoCommands() {
        DmsRecord record = read("""
                {"control": {"table-def": {"columns": {"ERROR": {"type": "STRING", "nullable": false}}}},
                 "metadata": {"timestamp": "2025-05-31T06:58:12.004381Z", "record-type": "control",
                              "operation": "create-table", "partition-key-type": "task-id",
                              "schema-name": "", "table-name": "awsdms_apply_exceptions"}}
                """);

        assertThat(mapping.map(record).commands()).isEmpty();
    }

    @Test
    void dataRecordOfDmsOwnTableProducesNoCommands() {
        DmsRecord record = read("""
                {"data": {"TASK_NAME": "legado-reservas", "ERROR": "duplicate key"},
                 "metadata": {"timestamp": "2025-06-01T11:02:40.118230Z", "record-type": "data",
                              "operation": "insert", "partition-key-type": "schema-table",
                              "schema-name": "", "table-name": "awsdms_apply_exceptions",
                              "transaction-id": 61690017, "transaction-record-id": 1,
                              "commit-timestamp": "2025-06-01T11:02:40.101554Z",
                              "stream-position": "0000B7EE/9A0C4410.2.0000B7EE/9A0C4410"}}
                """);

        assertThat(mapping.map(record).commands()).isEmpty();
    }

    @Test
    void anAddedColumnBecomesASchemaChangeWithTheNewDefinition() {
        DmsRecord record = read("""
                {"control": {"table-def": {"columns": {
                     "id_reserva": {"type": "INT64", "nullable": false},
                     "cod_parceiro": {"type": "WSTRING", "length": 12, "nullable": true},
                     "vlr_comissao": {"type": "NUMERIC", "precision": 12, "scale": 2, "nullable": true}},
                   "primary-key": ["id_reserva"]}},
                 "metadata": {"timestamp": "2025-06-03T14:20:51.730915Z", "record-type": "control",
                              "operation": "add-column", "partition-key-type": "task-id",
                              "partition-key-value": "QW3RTY7UIOP2ASDF4GHJK6LZXC",
                              "schema-name": "reservas", "table-name": "reserva"}}
                """);

        assertThat(mapping.map(record).commands()).singleElement().isEqualTo(new RecordSchemaChange("reservas.reserva",
                SchemaChangeKind.ADD_COLUMN,
                Map.of("id_reserva", new ColumnDefinition("INT64", null, null, null, false),
                        "cod_parceiro", new ColumnDefinition("WSTRING", 12, null, null, true),
                        "vlr_comissao", new ColumnDefinition("NUMERIC", null, 12, 2, true)),
                List.of("id_reserva"), "QW3RTY7UIOP2ASDF4GHJK6LZXC", Instant.parse("2025-06-03T14:20:51.730915Z")));
    }

    @Test
    void aControlRecordWithoutDetailsIsStillLogged() {
        DmsRecord record = read("""
                {"metadata": {"timestamp": "2025-06-03T14:21:07.100200Z", "record-type": "control",
                              "operation": "drop-column", "partition-key-type": "task-id",
                              "schema-name": "faturamento", "table-name": "lancamento"}}
                """);

        assertThat(mapping.map(record).commands()).singleElement().isEqualTo(new RecordSchemaChange(
                "faturamento.lancamento", SchemaChangeKind.DROP_COLUMN, Map.of(), List.of(), null,
                Instant.parse("2025-06-03T14:21:07.100200Z")));
    }

    @Test
    void controlRecordWithEmptyTableNameProducesNoCommands() {
        DmsRecord record = read("""
                {"metadata": {"timestamp": "2025-06-03T14:20:52.011470Z", "record-type": "control",
                              "operation": "drop-table", "partition-key-type": "task-id",
                              "schema-name": "", "table-name": ""}}
                """);

        assertThat(mapping.map(record).commands()).isEmpty();
    }

    @Test
    void dataRecordOfAnUnknownTableIsRejectedAsUnknownTable() {
        DmsRecord record = read("""
                {"data": {"id_tarifa": 77, "cod_tarifa": "PROMO-VERAO"},
                 "metadata": {"timestamp": "2025-06-04T09:12:30.550218Z", "record-type": "data",
                              "operation": "insert", "partition-key-type": "schema-table",
                              "schema-name": "reservas", "table-name": "tarifa",
                              "transaction-id": 61744310, "transaction-record-id": 1,
                              "commit-timestamp": "2025-06-04T09:12:30.447902Z",
                              "stream-position": "0000B7F3/11D0A6C8.2.0000B7F3/11D0A6C8"}}
                """);

        InvalidChangeRecordException error = catchThrowableOfType(InvalidChangeRecordException.class,
                () -> mapping.map(record));

        assertThat(error).isNotNull();
        assertThat(error.errorCode()).isEqualTo("UNKNOWN_TABLE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"columns\": []", "\"columns\": {\"id_reserva\": {\"type\": 64}}",
            "\"columns\": {\"id_reserva\": {\"type\": \"INT64\", \"length\": -1}}",
            "\"columns\": {\"id_reserva\": {\"type\": \"INT64\", \"nullable\": \"no\"}}",
            "\"primary-key\": \"id_reserva\"", "\"primary-key\": [1]"})
    void aTableDefinitionWithPartsOfAnotherTypeIsABadRecord(String definition) {
        DmsRecord record = read("""
                {"control": {"table-def": {%s}},
                 "metadata": {"timestamp": "2025-06-03T14:20:51.730915Z", "record-type": "control",
                              "operation": "add-column", "partition-key-type": "task-id",
                              "schema-name": "reservas", "table-name": "reserva"}}
                """.formatted(definition));

        assertThat(catchThrowableOfType(InvalidChangeRecordException.class, () -> mapping.map(record)).errorCode())
                .isEqualTo("BAD_RECORD");
    }

    private static DmsRecord read(String body) {
        return new DmsMessageReader(JSON).read(body).get(0);
    }
}
