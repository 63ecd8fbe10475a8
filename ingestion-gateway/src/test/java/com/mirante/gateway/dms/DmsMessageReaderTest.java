package com.mirante.gateway.dms;

import static com.mirante.gateway.dms.DmsFixtures.JSON;
import static com.mirante.gateway.dms.DmsFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {"[]", "42", "\"text\"", "null", "true"})
    void aBodyThatIsNoObjectIsNoShapeOfTheContract(String body) {
        assertThat(errorCodeOf(body)).isEqualTo("UNKNOWN_SHAPE");
    }

    @Test
    void anEnvelopeInsideAnEnvelopeIsNotUnwrappedAgain() {
        String lambdaEvent = text("kinesis-lambda-event.json");
        String pipesBody = "{\"eventSource\":\"aws:kinesis\",\"data\":\"" + base64(lambdaEvent) + "\"}";

        assertThat(errorCodeOf(pipesBody)).isEqualTo("BAD_ENVELOPE");
    }

    @Test
    void aRecordOfAnotherSourceThanKinesisIsABadEnvelope() {
        String body = "{\"eventSource\":\"aws:sqs\",\"data\":\"" + base64(text("insert-reservation.json")) + "\"}";

        assertThat(errorCodeOf(body)).isEqualTo("BAD_ENVELOPE");
        assertThat(errorCodeOf("{\"Records\":[]}")).isEqualTo("BAD_ENVELOPE");
        assertThat(errorCodeOf("{\"Records\":{\"kinesis\":{}}}")).isEqualTo("BAD_ENVELOPE");
    }

    @Test
    void kinesisDataThatIsNotUtf8IsABadEnvelope() {
        byte[] latin1 = text("insert-reservation.json").replace("RJC02", "SÃO01").getBytes(StandardCharsets.ISO_8859_1);
        String body = "{\"eventSource\":\"aws:kinesis\",\"data\":\"" + Base64.getEncoder().encodeToString(latin1)
                + "\"}";

        assertThat(errorCodeOf(body)).isEqualTo("BAD_ENVELOPE");
    }

    @Test
    void aRepeatedKeyOrTextAfterTheRecordIsNotJson() {
        String body = text("insert-reservation.json");

        assertThat(errorCodeOf(body.replaceFirst("\\{", "{\"metadata\":{},"))).isEqualTo("NOT_JSON");
        assertThat(errorCodeOf(body + " {}")).isEqualTo("NOT_JSON");
    }

    @Test
    void aNumberWhoseExponentNoDecimalHoldsIsOutOfRange() {
        String body = text("insert-reservation.json").replace("\"4982.00\"", "1e2147483648");

        assertThat(errorCodeOf(body)).isEqualTo("OUT_OF_RANGE");
    }

    @Test
    void aKeyOutsideTheContractIsABadRecordOrBadMetadata() {
        assertThat(errorCodeOf(insertWith(message -> message.put("payload", 1), metadata -> { })))
                .isEqualTo("BAD_RECORD");
        assertThat(errorCodeOf(insertWith(metadata -> metadata.put("transaction-sequence", 1))))
                .isEqualTo("BAD_METADATA");
    }

    @ParameterizedTest
    @CsvSource({"upsert, data", "create-table, data", "insert, control", "INSERT, data"})
    void anOperationOutsideTheContractsListForItsRecordTypeIsUnknown(String operation, String recordType) {
        String body = insertWith(metadata -> metadata.put("operation", operation).put("record-type", recordType));

        assertThat(errorCodeOf(body)).isEqualTo("UNKNOWN_OPERATION");
    }

    @Test
    void aRecordTypeOutsideTheContractIsUnknown() {
        assertThat(errorCodeOf(insertWith(metadata -> metadata.put("record-type", "ddl")))).isEqualTo("UNKNOWN_RECORD_TYPE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000B7E2/1A4C09D8", "0000b7e2/1a4c09d8.2.0000b7e2/1a4c09d8", "B7E2/1A4C09D8.2.B7E2/1A4C09D8",
            "0000B7E2/1A4C09D8.2.0000B7E2/1A4C09D8 ", "0000B7E2-1A4C09D8.2.0000B7E2-1A4C09D8", ""})
    void aStreamPositionNotInPostgresLsnFormIsBadMetadata(String position) {
        assertThat(errorCodeOf(insertWith(metadata -> metadata.put("stream-position", position))))
                .isEqualTo("BAD_METADATA");
    }

    @Test
    void transactionIdsAreNonNegativeJsonIntegers() {
        assertThat(errorCodeOf(insertWith(metadata -> metadata.put("transaction-id", -1)))).isEqualTo("BAD_METADATA");
        assertThat(errorCodeOf(insertWith(metadata -> metadata.put("transaction-record-id", "1"))))
                .isEqualTo("BAD_METADATA");
        assertThat(errorCodeOf(insertWith(metadata -> metadata.put("prev-transaction-id", true))))
                .isEqualTo("BAD_METADATA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-05-23 02:48:31", "1899-12-31T23:59:59Z", "2200-01-01T00:00:00Z",
            "+1000000-01-01T00:00:00Z"})
    void aCommitTimestampThatIsNoInstantFrom1900To2199IsBadMetadata(String value) {
        assertThat(errorCodeOf(insertWith(metadata -> metadata.put("commit-timestamp", value))))
                .isEqualTo("BAD_METADATA");
    }

    @Test
    void aCapturedChangeWithoutItsCommitPositionIsMissingMetadata() {
        for (String field : List.of("transaction-id", "transaction-record-id", "commit-timestamp", "stream-position")) {
            assertThat(errorCodeOf(insertWith(metadata -> metadata.remove(field)))).as(field).isEqualTo("NO_METADATA");
        }
    }

    @Test
    void aLoadWithACommitPositionIsBadMetadata() {
        assertThat(errorCodeOf(insertWith(metadata -> metadata.put("operation", "load")))).isEqualTo("BAD_METADATA");
    }

    @Test
    void aDataRecordNeedsATableNameThatIsANonEmptyString() {
        assertThat(errorCodeOf(insertWith(metadata -> metadata.put("table-name", "")))).isEqualTo("BAD_METADATA");
        assertThat(errorCodeOf(insertWith(metadata -> metadata.put("table-name", 7)))).isEqualTo("BAD_METADATA");
        assertThat(errorCodeOf(insertWith(metadata -> metadata.putNull("table-name")))).isEqualTo("NO_METADATA");
        assertThat(errorCodeOf(insertWith(metadata -> metadata.put("table-name", "r".repeat(64)))))
                .isEqualTo("BAD_METADATA");
    }

    @Test
    void aControlRecordMayHaveAnEmptyTableName() {
        DmsRecord record = reader.read("""
                {"metadata": {"timestamp": "2025-06-03T14:20:52.011470Z", "record-type": "control",
                              "operation": "drop-table", "partition-key-type": "task-id",
                              "schema-name": "", "table-name": ""}}
                """).get(0);

        assertThat(record.metadata().tableName()).isEmpty();
    }

    @Test
    void rowImagesGoWithTheirOperationsOnly() {
        assertThat(errorCodeOf(insertWith(message -> message.putObject("before-image"), metadata -> { })))
                .isEqualTo("BAD_RECORD");
        assertThat(errorCodeOf(insertWith(message -> message.putObject("control"), metadata -> { })))
                .isEqualTo("BAD_RECORD");
        assertThat(errorCodeOf(insertWith(message -> message.remove("data"), metadata -> { }))).isEqualTo("NO_DATA");
        assertThat(errorCodeOf(insertWith(message -> { }, metadata -> metadata.put("record-type", "control")
                .put("operation", "add-column")))).isEqualTo("BAD_RECORD");
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private DmsRecord single(String file) {
        List<DmsRecord> records = reader.read(text(file));
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private static String insertWith(Consumer<ObjectNode> metadataChange) {
        return insertWith(message -> { }, metadataChange);
    }

    private static String insertWith(Consumer<ObjectNode> messageChange, Consumer<ObjectNode> metadataChange) {
        try {
            ObjectNode message = (ObjectNode) JSON.readTree(text("insert-reservation.json"));
            metadataChange.accept((ObjectNode) message.get("metadata"));
            messageChange.accept(message);
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
