package com.mirante.gateway.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.api.stay.RecordStay;
import com.mirante.api.stay.RemoveStay;
import com.mirante.api.stay.StayStatus;
import com.mirante.gateway.dms.DmsFixtures;
import com.mirante.gateway.dms.DmsMessageReader;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StayTableMapperTest {

    private static final String TABLE = "recepcao.hospedagem";
    private static final LocalDate PLANNED = LocalDate.of(2025, 8, 14);

    private final DmsMessageReader reader = new DmsMessageReader(new ObjectMapper().findAndRegisterModules());
    private final ChangeMapping mapping = new ChangeMapping(List.of(new StayTableMapper()));

    private List<Object> commandsFor(String fixture) {
        List<DmsRecord> records = reader.read(fixture(fixture));
        assertThat(records).hasSize(1);
        return mapping.map(records.get(0)).commands();
    }

    private static String fixture(String name) {
        return DmsFixtures.text(TABLE + "/" + name);
    }

    private static SourcePosition captured(String key, SourceOperation operation, long transactionId,
                                           long recordId, String committedAt, String streamPosition) {
        return new SourcePosition(TABLE, key, operation, transactionId, recordId, Instant.parse(committedAt),
                streamPosition, null);
    }

    @Test
    void aCheckInInsertRecordsAnInHouseStay() {
        assertThat(commandsFor("01-insert-check-in.json")).containsExactly(new RecordStay(
                903_618L, 3_310_442L, "POA03", "0612", LocalDateTime.of(2025, 8, 11, 15, 20, 7, 118_204_000),
                null, PLANNED, 2, 688_150L, StayStatus.IN_HOUSE,
                captured("903618", SourceOperation.INSERT, 61_104_220L, 1L, "2025-08-11T18:20:07.126551Z",
                        "00000C40/1A2B3C10.3.00000C40/1A2B3C10")));
    }

    @Test
    void aWalkInWithoutReservationHasNoReservationId() {
        RecordStay walkIn = (RecordStay) commandsFor("02-insert-walk-in.json").get(0);

        assertThat(walkIn.reservationId()).isNull();
        assertThat(walkIn.stayId()).isEqualTo(903_702L);
        assertThat(walkIn.room()).isEqualTo("1003");
        assertThat(walkIn.guests()).isEqualTo(1);
        assertThat(walkIn.status()).isEqualTo(StayStatus.IN_HOUSE);
        assertThat(walkIn.aggregateId()).isEqualTo("stay-903702");
    }

    @Test
    void aCheckOutUpdateRecordsTheCheckOutInHotelLocalTime() {
        assertThat(commandsFor("03-update-checked-out.json")).containsExactly(new RecordStay(
                903_618L, 3_310_442L, "POA03", "0612", LocalDateTime.of(2025, 8, 11, 15, 20, 7, 118_204_000),
                LocalDateTime.of(2025, 8, 14, 10, 45, 12, 530_117_000), PLANNED, 2, 688_150L,
                StayStatus.CHECKED_OUT,
                captured("903618", SourceOperation.UPDATE, 61_187_360L, 1L, "2025-08-14T13:45:12.541880Z",
                        "00000C40/5D0C7718.2.00000C40/5D0C7718")));
    }

    @Test
    void aCancelledCheckInIsAVoidedStay() {
        RecordStay voided = (RecordStay) commandsFor("04-update-check-in-voided.json").get(0);

        assertThat(voided.status()).isEqualTo(StayStatus.VOIDED);
        assertThat(voided.source().operation()).isEqualTo(SourceOperation.UPDATE);
    }

    @Test
    void aDeleteWithTheFullOldRowRemovesTheStay() {
        assertThat(commandsFor("05-delete-full-row.json")).containsExactly(new RemoveStay(903_618L,
                captured("903618", SourceOperation.DELETE, 61_190_021L, 1L, "2025-08-14T15:02:33.870412Z",
                        "00000C40/5F11C0A0.2.00000C40/5F11C0A0")));
    }

    @Test
    void aDeleteWithTheKeyOnlyRemovesTheStay() {
        assertThat(commandsFor("06-delete-key-only.json")).containsExactly(new RemoveStay(903_618L,
                captured("903618", SourceOperation.DELETE, 61_190_021L, 1L, "2025-08-14T15:02:33.870412Z",
                        "00000C40/5F11C0A0.2.00000C40/5F11C0A0")));
    }

    @Test
    void aFullLoadImageHasNoCommitPosition() {
        assertThat(commandsFor("07-load-checked-out.json")).containsExactly(new RecordStay(
                899_354L, 3_298_007L, "POA03", "0407", LocalDateTime.of(2025, 7, 31, 16, 2, 49, 300_551_000),
                LocalDateTime.of(2025, 8, 3, 11, 58, 2, 441_096_000), LocalDate.of(2025, 8, 3), 3, 684_912L,
                StayStatus.CHECKED_OUT,
                new SourcePosition(TABLE, "899354", SourceOperation.LOAD, null, null, null, null, null)));
    }

    @ParameterizedTest
    @CsvSource({
            "08-bad-status.json, BAD_VALUE, recepcao.hospedagem.sit_hospedagem",
            "09-bad-guest-count.json, BAD_VALUE, recepcao.hospedagem.qtd_hospedes",
            "10-bad-planned-checkout.json, BAD_VALUE, recepcao.hospedagem.dt_prev_checkout",
            "11-bad-check-in-time.json, BAD_VALUE, recepcao.hospedagem.dh_checkin",
            "12-missing-check-in-time.json, MISSING_VALUE, recepcao.hospedagem.dh_checkin"})
    void aValueThatCannotBeReadIsAPermanentErrorNamingTheColumn(String fixture, String errorCode, String column) {
        assertThatThrownBy(() -> commandsFor(fixture))
                .isInstanceOfSatisfying(InvalidChangeRecordException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(errorCode))
                .hasMessageContaining(column);
    }
}
