package com.mirante.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The whole flow in the local run: DMS messages on a real (embedded ElasticMQ) queue, the real
 * gateway, aggregates and JDBC event store on real (embedded) PostgreSQL, the query side's
 * projection, read back through the REST API.
 */
@ExtendWith(SharedLocalRun.class)
class ReservationFlowEndToEndTest {

    private static final Duration VISIBLE = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalStack stack;
    private static SqsClient sqs;
    private static String queueUrl;
    private static String deadLetterQueueUrl;
    private static URI api;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void onTheSharedLocalRun(LocalRun run) {
        stack = run.stack;
        Environment gateway = stack.gateway().getEnvironment();
        queueUrl = gateway.getRequiredProperty("mirante.sqs.queue-url");
        deadLetterQueueUrl = gateway.getRequiredProperty("mirante.sqs.dead-letter-queue-url");
        sqs = SqsClient.builder()
                .endpointOverride(URI.create(gateway.getRequiredProperty("mirante.sqs.endpoint")))
                .region(Region.of(gateway.getRequiredProperty("mirante.sqs.region")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("e2e", "e2e")))
                .build();
        api = URI.create("http://localhost:" + stack.query().getEnvironment().getRequiredProperty("local.server.port"));
    }

    @AfterAll
    static void closeTheClient() {
        sqs.close();
    }

    private static String fixture(String name) {
        try (var in = ReservationFlowEndToEndTest.class.getResourceAsStream("/dms/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(String body) {
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(body));
    }

    private static HttpResponse<String> get(String path) {
        String credentials = Base64.getEncoder().encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(api.resolve(path))
                .header("Authorization", "Basic " + credentials).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode awaitStatus(long reservationId, String status) {
        HttpResponse<String> response = await().atMost(VISIBLE).until(
                () -> get("/api/v1/reservations/" + reservationId),
                r -> r.statusCode() == 200 && r.body().contains("\"status\":\"" + status + "\""));
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aBookingAndItsCancellationReachTheApi() {
        send(fixture("reservation-inserted.json"));

        JsonNode booked = awaitStatus(7_340_001L, "CONFIRMED");
        assertThat(booked.path("number").asText()).isEqualTo("FLN04-2025-000777");
        assertThat(booked.path("nights").asInt()).isEqualTo(6);
        assertThat(booked.path("totalAmount").decimalValue()).isEqualByComparingTo("5340.00");
        assertThat(booked.path("bookedAt").asText()).isEqualTo("2025-09-03T02:10:44.000512Z");

        send(fixture("reservation-cancelled.json"));
        awaitStatus(7_340_001L, "CANCELLED");

        // The same cancellation again (at-least-once delivery) and the stale insert change nothing.
        send(fixture("reservation-cancelled.json"));
        send(fixture("reservation-inserted.json"));
        await().atMost(VISIBLE).until(() -> approximateMessages(queueUrl) == 0);
        assertThat(storedEvents("reservation-7340001")).containsExactly("ReservationPlaced", "ReservationCancelled");
        // The insert carried a column added to the legacy table after the mapper was written: kept with the event.
        assertThat(metadataOfFirstEvent("reservation-7340001"))
                .contains("\"legacyUnknownColumns\":{\"cod_programa_fidelidade\":\"VIAJANTE\"}");
        assertThat(awaitStatus(7_340_001L, "CANCELLED").path("status").asText()).isEqualTo("CANCELLED");
    }

    private static String metadataOfFirstEvent(String aggregateId) {
        return new JdbcTemplate(stack.gateway().getBean(DataSource.class)).queryForObject(
                "select convert_from(meta_data, 'UTF8') from event_store.domain_event_entry"
                        + " where aggregate_identifier = ? and sequence_number = 0", String.class, aggregateId);
    }

    private static List<String> storedEvents(String aggregateId) {
        return new JdbcTemplate(stack.gateway().getBean(DataSource.class)).queryForList(
                "select payload_type from event_store.domain_event_entry where aggregate_identifier = ?"
                        + " order by sequence_number", String.class, aggregateId).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1))
                .toList();
    }

    @Test
    void aFullLoadRowWrappedByAKinesisRelayIsServedAndADeleteRemovesIt() {
        String data = Base64.getEncoder().encodeToString(fixture("reservation-loaded-then-deleted.json")
                .getBytes(StandardCharsets.UTF_8));
        send("{\"Records\":[{\"kinesis\":{\"partitionKey\":\"reservas.reserva\",\"data\":\"" + data + "\"},"
                + "\"eventSource\":\"aws:kinesis\"}]}");

        JsonNode pending = awaitStatus(7_340_002L, "PENDING");
        assertThat(pending.path("guestId").isNull()).isTrue();

        send(fixture("reservation-deleted.json"));

        await().atMost(VISIBLE).until(() -> get("/api/v1/reservations/7340002").statusCode() == 404);
    }

    @Test
    void aMessageThatCanNeverBeAppliedGoesToTheDeadLetterQueueWithItsReason() {
        send("{\"metadata\":{\"timestamp\":\"2025-09-03T02:10:44.301122Z\",\"record-type\":\"data\","
                + "\"operation\":\"load\",\"schema-name\":\"reservas\",\"table-name\":\"reserva\"},"
                + "\"data\":{\"id_reserva\":\"not-a-number\"}}");

        Message deadLetter = await().atMost(VISIBLE).until(() -> receiveOne(deadLetterQueueUrl), m -> m != null);

        Map<String, MessageAttributeValue> attributes = deadLetter.messageAttributes();
        assertThat(attributes.get("error_code").stringValue()).isEqualTo("BAD_VALUE");
        assertThat(attributes.get("error_message").stringValue()).contains("reservas.reserva.id_reserva");
        assertThat(attributes).containsKeys("original_message_id", "receive_count");
        await().atMost(VISIBLE).until(() -> approximateMessages(queueUrl) == 0);
    }

    private static Message receiveOne(String url) {
        List<Message> messages = sqs.receiveMessage(request -> request.queueUrl(url).maxNumberOfMessages(1)
                .waitTimeSeconds(1).messageAttributeNames("All")).messages();
        return messages.isEmpty() ? null : messages.get(0);
    }

    private static int approximateMessages(String url) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(url)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }
}
