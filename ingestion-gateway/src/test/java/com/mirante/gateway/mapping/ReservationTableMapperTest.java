package com.mirante.gateway.mapping;

import static com.mirante.gateway.dms.DmsFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mirante.api.reservation.Cancellation;
import com.mirante.api.reservation.RecordReservation;
import com.mirante.api.reservation.RemoveReservation;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationStatus;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReservationTableMapperTest {

    private final ReservationTableMapper mapper = new ReservationTableMapper();

    @Test
    void insertRecordsTheReservationWithEveryField() {
        RecordReservation command = recordReservation(record("insert-reservation.json"));

        assertThat(command.reservationId()).isEqualTo(2207415L);
        assertThat(command.aggregateId()).isEqualTo("reservation-2207415");
        assertThat(command.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(command.cancellation()).isNull();
        assertThat(command.details()).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(new ReservationDetails("RJC02-2025-007342", "RJC02", 418205L,
                        LocalDate.of(2025, 7, 9), LocalDate.of(2025, 7, 13), 2, 0, "SUI", "PACOTE-RIO",
                        new BigDecimal("1245.50"), new BigDecimal("4982.00"), "BRL", "BOOKING", true,
                        LocalDateTime.of(2025, 5, 22, 23, 48, 31, 402_117_000)));
    }

    @Test
    void insertCarriesItsSourcePosition() {
        SourcePosition source = recordReservation(record("insert-reservation.json")).source();

        assertThat(source).isEqualTo(new SourcePosition("reservas.reserva", "2207415", SourceOperation.INSERT,
                61530874L, 1L, Instant.parse("2025-05-23T02:48:31.409873Z"),
                "0000B7E2/1A4C09D8.2.0000B7E2/1A4C09D8", 1L));
    }

    @Test
    void bookingTimeIsTheWallClockValueWithoutZoneShift() {
        DmsRecord insert = record("insert-reservation.json");
        insert.data().put("dh_inclusao", "2025-05-31T23:30:00.000000Z");

        assertThat(recordReservation(insert).details().bookedAt()).isEqualTo(LocalDateTime.of(2025, 5, 31, 23, 30));
    }

    @Test
    void numericColumnsGivenAsJsonNumbersParse() {
        DmsRecord insert = record("insert-reservation.json");
        insert.data().put("vlr_diaria", 1245.50);
        insert.data().put("vlr_total", 4982);

        ReservationDetails details = recordReservation(insert).details();

        assertThat(details.nightlyRate()).isEqualByComparingTo("1245.50");
        assertThat(details.totalAmount()).isEqualByComparingTo("4982.00");
    }

    @Test
    void falseBooleanStringIsNotGuaranteed() {
        DmsRecord insert = record("insert-reservation.json");
        insert.data().put("fl_garantida", "false");

        assertThat(recordReservation(insert).details().guaranteed()).isFalse();
    }

    @Test
    void cancelledUpdateCarriesTheCancellation() {
        RecordReservation command = recordReservation(record("update-reservation-cancelled.json"));

        assertThat(command.status()).isEqualTo(ReservationStatus.CANCELLED);
        assertThat(command.cancellation()).isEqualTo(
                new Cancellation(LocalDateTime.of(2025, 6, 2, 9, 15, 4, 228_190_000), "Mudanca de data do voo"));
        assertThat(command.source().operation()).isEqualTo(SourceOperation.UPDATE);
        assertThat(command.source().rowVersion()).isEqualTo(2L);
    }

    @Test
    void deleteRemovesTheReservation() {
        assertThat(mapper.commandsFor(record("delete-reservation.json"))).containsExactly(
                new RemoveReservation(2198830L, new SourcePosition("reservas.reserva", "2198830",
                        SourceOperation.DELETE, 61688102L, 2L, Instant.parse("2025-06-01T10:40:17.090455Z"),
                        "0000B7EE/7D21F3B0.2.0000B7EE/7D21F3B0", 1L)));
    }

    @Test
    void loadRecordsTheReservationWithoutCommitPosition() {
        RecordReservation command = recordReservation(record("load-reservation.json"));

        assertThat(command.reservationId()).isEqualTo(2185467L);
        assertThat(command.details().hotelId()).isEqualTo("MAO01");
        assertThat(command.details().children()).isEqualTo(2);
        assertThat(command.source()).isEqualTo(new SourcePosition("reservas.reserva", "2185467",
                SourceOperation.LOAD, null, null, null, null, 3L));
    }

    @ParameterizedTest
    @CsvSource({"P, PENDING", "C, CONFIRMED", "H, IN_HOUSE", "F, CHECKED_OUT", "X, CANCELLED", "N, NO_SHOW"})
    void statusCodeMapsToItsStatus(String code, ReservationStatus status) {
        DmsRecord insert = record("insert-reservation.json");
        insert.data().put("sit_reserva", code);

        assertThat(recordReservation(insert).status()).isEqualTo(status);
    }

    @Test
    void unknownStatusCodeIsABadValue() {
        assertThat(errorCodeWith("sit_reserva", "Z")).isEqualTo("BAD_VALUE");
    }

    @Test
    void nonNumericTotalIsABadValue() {
        assertThat(errorCodeWith("vlr_total", "R$ 4.982,00")).isEqualTo("BAD_VALUE");
    }

    @ParameterizedTest
    @CsvSource({"dt_chegada, 09/07/2025", "dh_inclusao, 22/05/2025 23:48"})
    void badDateIsABadValue(String column, String value) {
        assertThat(errorCodeWith(column, value)).isEqualTo("BAD_VALUE");
    }

    @Test
    void missingReservationIdIsAMissingValue() {
        DmsRecord insert = record("insert-reservation.json");
        insert.data().remove("id_reserva");

        assertThat(errorCodeOf(insert)).isEqualTo("MISSING_VALUE");
    }

    private RecordReservation recordReservation(DmsRecord record) {
        var commands = mapper.commandsFor(record);
        assertThat(commands).singleElement().isInstanceOf(RecordReservation.class);
        return (RecordReservation) commands.get(0);
    }

    @Test
    void amountsAsStringsAndAsNumbersGiveEqualDetails() {
        DmsRecord asNumbers = record("insert-reservation.json");
        asNumbers.data().put("vlr_diaria", new BigDecimal("1245.5")).put("vlr_total", 4982);

        // Equal details mean the aggregate sees no amendment when only the rendering differs.
        assertThat(recordReservation(asNumbers).details())
                .isEqualTo(recordReservation(record("insert-reservation.json")).details());
    }

    @Test
    void aCountOutsideItsSmallintIsOutOfRangeNotARetry() {
        DmsRecord insert = record("insert-reservation.json");
        insert.data().put("qtd_adultos", 3_000_000_000L);

        assertThat(errorCodeOf(insert)).isEqualTo("OUT_OF_RANGE");
    }

    @Test
    void aDepartureOnOrBeforeTheArrivalIsOutOfRange() {
        assertThat(errorCodeOfStay("2025-07-09", "2025-07-09")).isEqualTo("OUT_OF_RANGE");
        assertThat(errorCodeOfStay("2025-07-09", "2025-07-08")).isEqualTo("OUT_OF_RANGE");
    }

    @Test
    void aStayOfAtMostMaxStayNightsIsRecordedAndALongerOneIsOutOfRange() {
        DmsRecord longest = record("insert-reservation.json");
        longest.data().put("dt_chegada", "2025-01-01").put("dt_partida", LocalDate.of(2025, 1, 1).plusDays(400).toString());

        assertThat(recordReservation(longest).details().departure()).isEqualTo(LocalDate.of(2026, 2, 5));
        assertThat(errorCodeOfStay("2025-01-01", LocalDate.of(2025, 1, 1).plusDays(401).toString()))
                .isEqualTo("OUT_OF_RANGE");
    }

    @Test
    void maxStayNightsIsConfigurable() {
        ReservationTableMapper weekLong = new ReservationTableMapper(new MappingProperties(7));
        DmsRecord eightNights = record("insert-reservation.json");
        eightNights.data().put("dt_chegada", "2025-07-01").put("dt_partida", "2025-07-09");

        assertThatThrownBy(() -> weekLong.commandsFor(eightNights)).isInstanceOfSatisfying(
                InvalidChangeRecordException.class, e -> assertThat(e.getMessage())
                        .contains("reservas.reserva.dt_partida", "8 nights", "mirante.mapping.max-stay-nights (7)"));
    }

    private String errorCodeOfStay(String arrival, String departure) {
        DmsRecord insert = record("insert-reservation.json");
        insert.data().put("dt_chegada", arrival).put("dt_partida", departure);
        return errorCodeOf(insert);
    }

    private String errorCodeWith(String column, String value) {
        DmsRecord insert = record("insert-reservation.json");
        insert.data().put(column, value);
        return errorCodeOf(insert);
    }

    private String errorCodeOf(DmsRecord record) {
        InvalidChangeRecordException error = catchThrowableOfType(InvalidChangeRecordException.class,
                () -> mapper.commandsFor(record));
        assertThat(error).as("rejection").isNotNull();
        return error.errorCode();
    }
}
