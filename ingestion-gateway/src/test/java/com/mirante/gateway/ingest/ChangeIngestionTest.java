package com.mirante.gateway.ingest;

import static com.mirante.gateway.dms.DmsFixtures.JSON;
import static com.mirante.gateway.dms.DmsFixtures.reservation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mirante.gateway.dms.DmsMessageReader;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import com.mirante.gateway.mapping.ChangeMapping;
import com.mirante.gateway.mapping.TableMapper;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

/**
 * How many times a body is tried and what it comes to, with the failures thrown where they are
 * in the gateway: by the handler of the command, behind Axon's command bus.
 */
class ChangeIngestionTest {

    private static final String BODY = reservation(1, "C", 1, "insert");

    /** Each record of the reservation table becomes one command, whose handler plays {@link #failures}. */
    private record Touch(String reservation) {
    }

    private final Deque<Throwable> failures = new ArrayDeque<>();
    private final AtomicInteger handled = new AtomicInteger();
    private final ChangeIngestion ingestion;

    ChangeIngestionTest() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(Touch.class.getName(), command -> {
            handled.incrementAndGet();
            Throwable failure = failures.poll();
            if (failure instanceof Error error) {
                throw error;
            } else if (failure != null) {
                throw (Exception) failure;
            }
            return null;
        });
        TableMapper reservations = new TableMapper() {
            @Override
            public String table() {
                return "reservas.reserva";
            }

            @Override
            public List<Object> commandsFor(DmsRecord record) {
                return List.of(new Touch(record.data().path("id_reserva").asText()));
            }

            @Override
            public Set<String> columns() {
                return Set.of();
            }
        };
        ingestion = new ChangeIngestion(new DmsMessageReader(JSON), new ChangeMapping(List.of(reservations)),
                DefaultCommandGateway.builder().commandBus(bus).build(), new IngestProperties(262_144, 3, true));
    }

    @Test
    void aBodyThatSucceedsIsTriedOnce() {
        assertThat(ingestion.ingest(BODY)).isEqualTo(new Outcome.Applied(1));
        assertThat(handled).hasValue(1);
    }

    @Test
    void anUnknownFailureThatPassesIsTriedAgainInProcessAndApplied() {
        failures.add(new IllegalStateException("once"));
        failures.add(new IllegalStateException("twice"));

        assertThat(ingestion.ingest(BODY)).isEqualTo(new Outcome.Applied(1));
        assertThat(handled).hasValue(3);
    }

    @Test
    void anUnknownFailureThatLastsIsRejectedAsUnexpectedAfterTheAttemptsWithItsClassesOnly() {
        for (int i = 0; i < 3; i++) {
            failures.add(new IllegalStateException("guest Maria Silva", new NumberFormatException("12.345.678-9")));
        }

        Outcome outcome = ingestion.ingest(BODY);

        assertThat(handled).hasValue(3);
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, rejected -> {
            assertThat(rejected.errorCode()).isEqualTo(ChangeIngestion.UNEXPECTED);
            assertThat(rejected.errorMessage()).startsWith("Failed 3 times: java.lang.IllegalStateException"
                    + " (root cause java.lang.NumberFormatException at ").doesNotContain("Maria", "12.345");
        });
    }

    @Test
    void aStackOverflowIsTheBodysUnexpectedFailure() {
        for (int i = 0; i < 3; i++) {
            failures.add(new StackOverflowError());
        }

        assertThat(ingestion.ingest(BODY)).isInstanceOfSatisfying(Outcome.Rejected.class, rejected ->
                assertThat(rejected.errorMessage()).contains(StackOverflowError.class.getName()));
    }

    @Test
    void aPassingFailureGoesBackToTheQueueAtOnce() {
        failures.add(new EventStoreException("append failed", new SQLException("could not serialize access", "40001")));

        assertThat(ingestion.ingest(BODY)).isInstanceOfSatisfying(Outcome.Failed.class, failed -> {
            assertThat(failed.errorCode()).isEqualTo("EventStoreException");
            assertThat(failed.storeUnavailable()).isFalse();
        });
        assertThat(handled).hasValue(1);
    }

    @Test
    void aPassingFailureAfterAnUnknownOneStillGoesBackToTheQueue() {
        failures.add(new IllegalStateException("first"));
        failures.add(new ConcurrencyException("another gateway appended first"));

        assertThat(ingestion.ingest(BODY)).isInstanceOf(Outcome.Failed.class);
        assertThat(handled).hasValue(2);
    }

    @Test
    void theDatabaseUnreachableIsAnOutage() {
        failures.add(new EventStoreException("append failed", new SQLException("connection refused", "08001")));

        assertThat(ingestion.ingest(BODY)).isInstanceOfSatisfying(Outcome.Failed.class, failed ->
                assertThat(failed.storeUnavailable()).isTrue());
    }

    @Test
    void aBadRecordIsRejectedWithItsOwnCodeWithoutAnotherTry() {
        failures.add(new InvalidChangeRecordException("BAD_VALUE", "reservas.reserva.dt_chegada"));

        assertThat(ingestion.ingest(BODY)).isEqualTo(new Outcome.Rejected("BAD_VALUE", "reservas.reserva.dt_chegada"));
        assertThat(handled).hasValue(1);
    }

    @Test
    void theJvmsOwnErrorIsNotTheBodysFaultAndEscapes() {
        failures.add(new OutOfMemoryError("Java heap space"));

        assertThatThrownBy(() -> ingestion.ingest(BODY)).isInstanceOf(OutOfMemoryError.class);
        assertThat(handled).hasValue(1);
    }
}
