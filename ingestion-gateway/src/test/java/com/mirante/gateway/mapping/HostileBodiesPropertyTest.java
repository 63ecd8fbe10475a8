package com.mirante.gateway.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.mirante.gateway.dms.DmsFixtures;
import com.mirante.gateway.dms.DmsMessageReader;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.Echo;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever arrives, the gateway's pure path (the reader, then the mapping of each record, as
 * {@code ChangeIngestion} calls them) either maps it to commands or rejects it with an error code:
 * never another exception, which would put the message back on the queue again and again, and never
 * slowly. Bodies are the project's fixtures, edited and wrapped at random ({@link HostileBodies}).
 */
class HostileBodiesPropertyTest {

    /** No record may take longer, once the JIT has compiled the path. */
    private static final long BUDGET_NANOS = Duration.ofMillis(50).toNanos();
    /** A slow try is measured again, up to this often: a parse that is slow is slow every time, a pause of the machine is not. */
    private static final int MEASUREMENTS = 3;
    /** Far over the budget: a try that has not finished by then is reported rather than waited for. */
    private static final Duration HANG = Duration.ofSeconds(10);
    private static final String MARKER = "QZXW";

    /** Reads on a thread of its own, so that a read that never ends fails the property instead of hanging the build. */
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "hostile-body-reader");
        thread.setDaemon(true);
        return thread;
    });
    private static final DmsMessageReader READER = new DmsMessageReader(DmsFixtures.JSON);
    /** Every table's mapper; key-only charge deletes find an invoice, as they do once the posting is known. */
    private static final ChangeMapping MAPPING = new ChangeMapping(List.of(new HotelTableMapper(),
            new ReservationTableMapper(), new StayTableMapper(), new RoomTableMapper(), new InvoiceTableMapper(),
            new ChargeTableMapper(charge -> Optional.of(1L)), new GuestTableMapper()));

    @BeforeContainer
    static void compileThePathFirst() {
        for (int round = 0; round < 30; round++) {
            for (String file : DmsFixtures.files()) {
                ingest(DmsFixtures.text(file));
            }
        }
    }

    @Property(tries = 600)
    void aFixtureWithHostileEditsMapsOrIsRejectedWithACode(@ForAll("editedFixtures") String body) {
        mapsOrIsRejectedInTime(body);
    }

    @Property(tries = 600)
    void aColumnSetToAValueOfAnyTypeMapsOrIsRejectedWithACode(@ForAll("columnsSetToAnyValue") String body) {
        mapsOrIsRejectedInTime(body);
    }

    @Property(tries = 500)
    void aColumnSetToANumberOfAnyMagnitudeMapsOrIsRejectedWithACode(
            @ForAll("columnsSetToAnyNumber") String body) {
        mapsOrIsRejectedInTime(body);
    }

    @Property(tries = 300)
    void aFixtureInAnyWrapperMapsOrIsRejectedWithACode(@ForAll("rewrappedFixtures") String body) {
        mapsOrIsRejectedInTime(body);
    }

    @Property(tries = 400)
    void aCorruptedFixtureTextIsRejectedWithACode(@ForAll("corruptedTexts") String body) {
        mapsOrIsRejectedInTime(body);
    }

    @Property(tries = 300)
    void aRejectedPersonalValueIsNamedButNeverRepeated(@ForAll("personalValueEdits") String body) {
        mapsOrIsRejectedInTime(body).ifPresent(rejection ->
                assertThat(rejection.getMessage()).containsAnyOf("crm.hospede.", "faturamento.fatura.")
                        .doesNotContain(MARKER));
    }

    private static Optional<InvalidChangeRecordException> mapsOrIsRejectedInTime(String body) {
        long fastest = Long.MAX_VALUE;
        Optional<InvalidChangeRecordException> outcome = Optional.empty();
        for (int measurement = 0; measurement < MEASUREMENTS && fastest > BUDGET_NANOS; measurement++) {
            long start = System.nanoTime();
            outcome = withinHangLimit(body);
            fastest = Math.min(fastest, System.nanoTime() - start);
        }
        assertThat(Duration.ofNanos(fastest)).as("fastest of %d reads of %s", MEASUREMENTS, Echo.of(body))
                .isLessThanOrEqualTo(Duration.ofNanos(BUDGET_NANOS));
        outcome.ifPresent(rejection -> {
            assertThat(rejection.errorCode()).as("error code of %s", rejection.getMessage()).isNotBlank();
            assertThat(rejection.getMessage()).isNotBlank();
        });
        return outcome;
    }

    private static Optional<InvalidChangeRecordException> withinHangLimit(String body) {
        Future<Optional<InvalidChangeRecordException>> outcome = WORKER.submit(() -> ingest(body));
        try {
            return outcome.get(HANG.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            outcome.cancel(true);
            throw new AssertionError("Still reading after " + HANG + ": " + Echo.of(body));
        } catch (ExecutionException e) {
            throw new AssertionError("Neither mapped nor rejected with a code", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @AfterContainer
    static void stopWorker() {
        WORKER.shutdownNow();
    }

    /** The rejection, if any; any other exception fails the property. */
    private static Optional<InvalidChangeRecordException> ingest(String body) {
        try {
            for (DmsRecord record : READER.read(body)) {
                MAPPING.map(record);
            }
            return Optional.empty();
        } catch (InvalidChangeRecordException rejection) {
            return Optional.of(rejection);
        }
    }

    @Provide
    Arbitrary<String> editedFixtures() {
        return HostileBodies.editedFixtures();
    }

    @Provide
    Arbitrary<String> columnsSetToAnyValue() {
        return HostileBodies.columnsSetTo(HostileBodies.values());
    }

    @Provide
    Arbitrary<String> columnsSetToAnyNumber() {
        return HostileBodies.columnsSetTo(HostileBodies.numbersOfAnyMagnitude());
    }

    @Provide
    Arbitrary<String> rewrappedFixtures() {
        return HostileBodies.rewrappedFixtures();
    }

    @Provide
    Arbitrary<String> corruptedTexts() {
        return HostileBodies.corruptedTexts();
    }

    @Provide
    Arbitrary<String> personalValueEdits() {
        return HostileBodies.personalValueEdits(MARKER);
    }
}
