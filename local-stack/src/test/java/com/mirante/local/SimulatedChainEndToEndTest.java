package com.mirante.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.embedded.EmbeddedQueues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The local run fed by the simulated chain, as {@code ./run-local.sh} starts it: one hotel, two
 * simulated days, with duplicates and reordering like a real relay, through the real queue,
 * gateway, event store and projections, read back through the REST API.
 */
class SimulatedChainEndToEndTest {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void hotelsRoomsAndFiguresOfTheSimulatedChainAppearInTheApi() {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--mirante.sqs.wait-time=1s",
                "--spring.datasource.url=" + EmbeddedDatabases.create("simulated_chain"),
                "--mirante.simulator.hotels=1", "--mirante.simulator.days=2", "--mirante.simulator.start=2025-03-01",
                "--mirante.simulator.seed=3", "--mirante.simulator.speed=0",
                "--mirante.simulator.duplicates=0.02", "--mirante.simulator.reorder=20"));
        args.addAll(EmbeddedQueues.create("simulated-chain"));
        try (LocalStack stack = LocalStack.start(args.toArray(String[]::new))) {
            stack.startSimulator();
            URI api = URI.create("http://localhost:" + stack.query().getEnvironment().getRequiredProperty("local.server.port"));

            JsonNode hotels = await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                    .until(() -> get(api, "/api/v1/hotels"), body -> body.size() >= 1);
            Map<String, Integer> roomsByHotel = new TreeMap<>();
            hotels.forEach(hotel -> roomsByHotel.put(hotel.get("hotelId").asText(), hotel.get("rooms").asInt()));
            assertThat(roomsByHotel).containsKey("SPA01");

            // Every room of the inventory is on the board; guests are in, and housekeeping has been round
            // (the full load finds every room clean: other states come from the change records).
            int rooms = roomsByHotel.get("SPA01");
            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                    .until(() -> get(api, "/api/v1/hotels/SPA01/rooms"), body -> body.size() == rooms
                            && anyRoom(body, room -> "OCCUPIED".equals(room.get("occupancy").asText()))
                            && anyRoom(body, room -> !"CLEAN".equals(room.get("housekeeping").asText())));

            // The night audit of 2 March posted the night of 1 March: room revenue on 2 March.
            JsonNode figures = await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                    .until(() -> get(api, "/api/v1/hotels/SPA01/daily?from=2025-03-02&to=2025-03-02"),
                            body -> body.size() == 1 && body.get(0).get("roomRevenue").decimalValue().signum() > 0);
            assertThat(figures.get(0).get("roomsSold").asLong()).isPositive();

            Environment gateway = stack.gateway().getEnvironment();
            await().atMost(PATIENCE).until(() -> messages(gateway, "mirante.sqs.queue-url") == 0);
            assertThat(messages(gateway, "mirante.sqs.dead-letter-queue-url")).isZero();
        }
    }

    private static boolean anyRoom(JsonNode board, Predicate<JsonNode> condition) {
        return StreamSupport.stream(board.spliterator(), false).anyMatch(condition);
    }

    private static JsonNode get(URI api, String path) {
        String credentials = Base64.getEncoder().encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(api.resolve(path))
                    .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : JSON.createArrayNode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int messages(Environment gateway, String queueProperty) {
        try (SqsClient sqs = SqsClient.builder()
                .endpointOverride(URI.create(gateway.getRequiredProperty("mirante.sqs.endpoint")))
                .region(Region.of(gateway.getRequiredProperty("mirante.sqs.region")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("t", "t"))).build()) {
            Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request
                    .queueUrl(gateway.getRequiredProperty(queueProperty))
                    .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
            return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                    + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
        }
    }
}
