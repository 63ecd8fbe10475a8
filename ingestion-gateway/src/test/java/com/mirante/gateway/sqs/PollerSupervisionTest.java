package com.mirante.gateway.sqs;

import static com.mirante.gateway.dms.DmsFixtures.reservation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mirante.api.reservation.RecordReservation;
import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.embedded.EmbeddedQueues;
import com.mirante.gateway.GatewayApplication;
import com.mirante.gateway.ingest.ChangeIngestion;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * One poller, against real ElasticMQ and PostgreSQL. The failures are thrown where the gateway
 * meets them, from the sending of a reservation's command, by a dispatch interceptor the test
 * puts on the gateway's own command gateway: an error of the JVM kills the poller, which is
 * restarted; an error of the message's own is dead-lettered as UNEXPECTED.
 */
class PollerSupervisionTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String RESTARTS = "mirante.ingestion.poller.restarts";

    private static ConfigurableApplicationContext gateway;
    private static SqsClient sqs;
    private static String queue;
    private static String deadLetterQueue;

    @BeforeAll
    static void startAGatewayWithOnePoller() {
        List<String> args = new ArrayList<>(EmbeddedQueues.create("supervised-changes"));
        args.addAll(List.of("--spring.datasource.url=" + EmbeddedDatabases.create("supervision"),
                "--server.port=0", "--mirante.sqs.pollers=1", "--mirante.sqs.wait-time=1s",
                "--spring.profiles.active=local"));
        gateway = new SpringApplicationBuilder(GatewayApplication.class)
                .properties("spring.config.name=" + GatewayApplication.CONFIG_NAME)
                .run(args.toArray(String[]::new));
        sqs = TestQueues.client(gateway.getEnvironment()::getRequiredProperty);
        queue = gateway.getEnvironment().getRequiredProperty("mirante.sqs.queue-url");
        deadLetterQueue = gateway.getEnvironment().getRequiredProperty("mirante.sqs.dead-letter-queue-url");
        // A message in hand when its poller dies comes back after the visibility timeout: keep it short.
        sqs.setQueueAttributes(r -> r.queueUrl(queue).attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "2")));
    }

    @AfterAll
    static void stop() {
        sqs.close();
        gateway.close();
    }

    @Test
    void aPollerKilledByAnErrorIsRestartedCountedAndTheNextMessageApplied() {
        double restartsBefore = restarts(OutOfMemoryError.class);
        try (FailureInjection injection = inject(860_001, () -> new OutOfMemoryError("injected by the test"))) {
            send(860_001);
            await().atMost(BOUND).until(() -> restarts(OutOfMemoryError.class) == restartsBefore + 1);
            injection.disarm();

            send(860_002);
            // The only poller applies the next message, and the one in hand at its death once it is visible again.
            await().atMost(BOUND).until(() -> storedEvents(860_002) == 1 && storedEvents(860_001) == 1);
        }
        assertThat(restarts(OutOfMemoryError.class)).isEqualTo(restartsBefore + 1);
        assertThat(TestQueues.pending(sqs, deadLetterQueue)).isZero();
    }

    @Test
    void readinessIsDownWhileNoPollerRuns() throws Exception {
        try (FailureInjection injection = inject(860_101, () -> new InternalError("injected by the test"))) {
            send(860_101);
            // The poller dies each time the message comes back, and waits longer each time to be restarted.
            await().atMost(BOUND).pollInterval(Duration.ofMillis(50)).until(() -> readiness().statusCode() == 503);
            injection.disarm();
        }
        await().atMost(BOUND).until(() -> storedEvents(860_101) == 1 && readiness().statusCode() == 200);
        assertThat(readiness().body()).contains("\"changePollers\":{\"status\":\"UP\"");
    }

    @Test
    void aStackOverflowIsTheMessagesOwnFaultAndDeadLetteredAsUnexpected() {
        double restartsBefore = allRestarts();
        try (FailureInjection injection = inject(860_201, StackOverflowError::new)) {
            send(860_201);
            send(860_202);
            Message letter = await().atMost(BOUND).until(PollerSupervisionTest::deadLetter, found -> found != null);
            assertThat(letter.messageAttributes().get("error_code").stringValue()).isEqualTo(ChangeIngestion.UNEXPECTED);
            assertThat(letter.messageAttributes().get("error_message").stringValue())
                    .startsWith("Failed 3 times: ").contains(StackOverflowError.class.getName());
            assertThat(injection.thrown()).isEqualTo(3);
            await().atMost(BOUND).until(() -> storedEvents(860_202) == 1);
        }
        assertThat(storedEvents(860_201)).isZero();
        assertThat(allRestarts()).isEqualTo(restartsBefore);
    }

    /** Throws {@code failure} from the dispatch of the reservation's commands until disarmed. */
    private static FailureInjection inject(long reservationId, Supplier<Throwable> failure) {
        FailureInjection injection = new FailureInjection();
        injection.registration = gateway.getBean(CommandGateway.class).registerDispatchInterceptor(messages ->
                (index, message) -> {
                    if (injection.armed && message.getPayload() instanceof RecordReservation command
                            && command.reservationId() == reservationId) {
                        injection.thrown++;
                        throwUnchecked(failure.get());
                    }
                    return message;
                });
        return injection;
    }

    private static void throwUnchecked(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        throw (RuntimeException) failure;
    }

    private static final class FailureInjection implements AutoCloseable {
        private volatile boolean armed = true;
        private volatile int thrown;
        private Registration registration;

        void disarm() {
            armed = false;
        }

        int thrown() {
            return thrown;
        }

        @Override
        public void close() {
            registration.cancel();
        }
    }

    private static void send(long reservationId) {
        sqs.sendMessage(r -> r.queueUrl(queue).messageBody(reservation(reservationId, "C", 1, "insert")));
    }

    private static Message deadLetter() {
        return sqs.receiveMessage(r -> r.queueUrl(deadLetterQueue).messageAttributeNames("All").waitTimeSeconds(1))
                .messages().stream().findFirst().orElse(null);
    }

    private static int storedEvents(long reservationId) {
        return gateway.getBean(JdbcTemplate.class).queryForObject("select count(*) from event_store.domain_event_entry"
                + " where aggregate_identifier = ?", Integer.class, "reservation-" + reservationId);
    }

    private static double restarts(Class<? extends Throwable> cause) {
        Counter counter = gateway.getBean(MeterRegistry.class).find(RESTARTS).tag("cause", cause.getName()).counter();
        return counter == null ? 0 : counter.count();
    }

    private static double allRestarts() {
        return gateway.getBean(MeterRegistry.class).find(RESTARTS).counters().stream().mapToDouble(Counter::count).sum();
    }

    private static HttpResponse<String> readiness() throws Exception {
        String port = gateway.getEnvironment().getRequiredProperty("local.server.port");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
