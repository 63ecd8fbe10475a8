package com.mirante.gateway.dms;

import static com.mirante.gateway.dms.DmsFixtures.JSON;
import static com.mirante.gateway.dms.DmsFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class DmsMessageReaderTest {

    private final DmsMessageReader reader = new DmsMessageReader(JSON);

    @Test
    void insertCarriesItsTransactionPosition() {
        DmsMetadata metadata = single("insert-reservation.json").metadata();

        assertThat(metadata.recordType()).isEqualTo("data");
        assertThat(metadata.operation()).isEqualTo("insert");
        assertThat(metadata.schemaName()).isEqualTo("reservas");
        assertThat(metadata.tableName()).isEqualTo("reserva");
        assertThat(metadata.qualifiedTable()).isEqualTo("reservas.reserva");
        assertThat(metadata.transactionId()).isEqualTo(61530874L);
        assertThat(metadata.transactionRecordId()).isEqualTo(1L);
        assertThat(metadata.previousTransactionId()).isEqualTo(61530871L);
        assertThat(metadata.previousTransactionRecordId()).isEqualTo(3L);
        assertThat(metadata.commitTimestamp()).isEqualTo(Instant.parse("2025-05-23T02:48:31.409873Z"));
        assertThat(metadata.timestamp()).isEqualTo(Instant.parse("2025-05-23T02:48:31.517240Z"));
        assertThat(metadata.streamPosition()).isEqualTo("0000B7E2/1A4C09D8.2.0000B7E2/1A4C09D8");
    }

    @Test
    void insertHasTheRowAndNoBeforeImage() {
        DmsRecord record = single("insert-reservation.json");

        assertThat(record.data().get("id_reserva").asLong()).isEqualTo(2207415L);
        assertThat(record.beforeImage()).isNull();
        assertThat(record.control()).isNull();
    }

    @Test
    void updateCarriesItsTransactionPosition() {
        DmsMetadata metadata = single("update-reservation-cancelled.json").metadata();

        assertThat(metadata.operation()).isEqualTo("update");
        assertThat(metadata.qualifiedTable()).isEqualTo("reservas.reserva");
        assertThat(metadata.transactionId()).isEqualTo(61702245L);
        assertThat(metadata.transactionRecordId()).isEqualTo(1L);
        assertThat(metadata.commitTimestamp()).isEqualTo(Instant.parse("2025-06-02T12:15:04.233511Z"));
        assertThat(metadata.streamPosition()).isEqualTo("0000B7F0/0399C2A0.2.0000B7F0/0399C2A0");
    }

    @Test
    void updateHasTheOldRowAsBeforeImage() {
        DmsRecord record = single("update-reservation-cancelled.json");

        assertThat(record.data().get("sit_reserva").asText()).isEqualTo("X");
        assertThat(record.beforeImage()).isNotNull();
        assertThat(record.beforeImage().get("sit_reserva").asText()).isEqualTo("C");
        assertThat(record.beforeImage().get("nr_versao").asInt()).isEqualTo(1);
    }

    @Test
    void deleteCarriesItsTransactionPositionAndTheWholeOldRow() {
        DmsRecord record = single("delete-reservation.json");

        assertThat(record.metadata().operation()).isEqualTo("delete");
        assertThat(record.metadata().transactionId()).isEqualTo(61688102L);
        assertThat(record.metadata().transactionRecordId()).isEqualTo(2L);
        assertThat(record.metadata().commitTimestamp()).isEqualTo(Instant.parse("2025-06-01T10:40:17.090455Z"));
        assertThat(record.metadata().streamPosition()).isEqualTo("0000B7EE/7D21F3B0.2.0000B7EE/7D21F3B0");
        assertThat(record.data().get("id_reserva").asLong()).isEqualTo(2198830L);
        assertThat(record.data().get("cod_hotel").asText()).isEqualTo("MAO01");
        assertThat(record.beforeImage()).isNull();
    }

    @Test
    void loadHasNoTransactionFields() {
        DmsRecord record = single("load-reservation.json");
        DmsMetadata metadata = record.metadata();

        assertThat(metadata.operation()).isEqualTo("load");
        assertThat(metadata.qualifiedTable()).isEqualTo("reservas.reserva");
        assertThat(metadata.partitionKeyType()).isEqualTo("primary-key");
        assertThat(metadata.partitionKeyValue()).isEqualTo("reservas.reserva.2185467");
        assertThat(metadata.transactionId()).isNull();
        assertThat(metadata.transactionRecordId()).isNull();
        assertThat(metadata.previousTransactionId()).isNull();
        assertThat(metadata.previousTransactionRecordId()).isNull();
        assertThat(metadata.commitTimestamp()).isNull();
        assertThat(metadata.streamPosition()).isNull();
        assertThat(record.beforeImage()).isNull();
    }

    @Test
    void kinesisLambdaEventGivesTheSameRecordAsTheRawMessage() {
        assertThat(reader.read(text("kinesis-lambda-event.json")))
                .containsExactly(single("insert-reservation.json"));
    }

    @Test
    void eventBridgePipesBodyGivesTheSameRecordAsTheRawMessage() {
        assertThat(reader.read(text("eventbridge-pipes-body.json")))
                .containsExactly(single("insert-reservation.json"));
    }

    @Test
    void anArrayOfEventBridgePipesRecordsIsNoShapeOfTheContract() {
        String array = "[" + text("eventbridge-pipes-body.json") + "]";

        assertThat(errorCodeOf(array)).isEqualTo("UNKNOWN_SHAPE");
    }

    @Test
    void kinesisLambdaEventWithTwoRecordsGivesBothInOrder() {
        List<DmsRecord> records = reader.read(text("kinesis-lambda-event-two-records.json"));

        assertThat(records).containsExactly(single("insert-reservation.json"), single("delete-reservation.json"));
    }

    @Test
    void textThatIsNotJsonIsRejectedAsNotJson() {
        assertThat(errorCodeOf("reserva 2207415 cancelada pelo hospede")).isEqualTo("NOT_JSON");
    }

    @Test
    void jsonWithoutMetadataThatIsNoEnvelopeIsRejectedAsNoMetadata() {
        assertThat(errorCodeOf("{\"data\": {\"id_reserva\": 2207415}}")).isEqualTo("NO_METADATA");
    }

    @Test
    void metadataWithoutOperationIsRejectedAsNoMetadata() {
        String body = insertWith(metadata -> metadata.remove("operation"));

        assertThat(errorCodeOf(body)).isEqualTo("NO_METADATA");
    }

    @Test
    void envelopeWithBadBase64IsRejectedAsBadEnvelope() {
        String body = """
                {"Records": [{"kinesis": {"partitionKey": "reservas.reserva", "data": "eyJkYXRhIjp7f"}}]}
                """;

        assertThat(errorCodeOf(body)).isEqualTo("BAD_ENVELOPE");
    }

    @Test
    void nonNumericTransactionIdIsRejectedAsBadMetadata() {
        String body = insertWith(metadata -> metadata.put("transaction-id", "tx-61530874"));

        assertThat(errorCodeOf(body)).isEqualTo("BAD_METADATA");
    }

    @Test
    void base64WithCharactersOutsideTheAlphabetIsRejectedAsBadEnvelope() {
        String body = """
                {"Records": [{"kinesis": {"partitionKey": "reservas.reserva", "data": "%%%%"}}]}
                """;

        assertThat(errorCodeOf(body)).isEqualTo("BAD_ENVELOPE");
    }

    @Test
    void fractionalOrOversizedTransactionIdsAreRejectedNotTruncated() {
        assertThat(errorCodeOf(insertWith(metadata -> metadata.put("transaction-id", 61530874.7))))
                .isEqualTo("BAD_METADATA");
        assertThat(errorCodeOf(insertWith(metadata -> metadata.put("transaction-id", "99999999999999999999"))))
                .isEqualTo("BAD_METADATA");
    }

    private DmsRecord single(String file) {
        List<DmsRecord> records = reader.read(text(file));
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private static String insertWith(Consumer<ObjectNode> metadataChange) {
        try {
            ObjectNode message = (ObjectNode) JSON.readTree(text("insert-reservation.json"));
            metadataChange.accept((ObjectNode) message.get("metadata"));
            return JSON.writeValueAsString(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String errorCodeOf(String body) {
        InvalidChangeRecordException error = catchThrowableOfType(InvalidChangeRecordException.class,
                () -> reader.read(body));
        assertThat(error).as("rejection of %s", body).isNotNull();
        return error.errorCode();
    }
}
