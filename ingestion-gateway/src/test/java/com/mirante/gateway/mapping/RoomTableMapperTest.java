package com.mirante.gateway.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mirante.api.room.HousekeepingStatus;
import com.mirante.api.room.RecordRoom;
import com.mirante.api.room.RemoveRoom;
import com.mirante.api.room.RenumberRoom;
import com.mirante.api.room.RoomOccupancy;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.gateway.dms.DmsFixtures;
import com.mirante.gateway.dms.DmsMessageReader;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoomTableMapperTest {

    private static final SourcePosition RENUMBERING = new SourcePosition("governanca.quarto", "BSB04|0712A",
            SourceOperation.UPDATE, 8840021L, 1L, Instant.parse("2025-04-15T11:45:12.667150Z"),
            "00000D32/10B3E7C8.2.00000D32/10B3E7C8", null);

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final ChangeMapping mapping = new ChangeMapping(List.of(new RoomTableMapper()));

    private String fixture(String name) {
        return DmsFixtures.text("governanca.quarto/" + name);
    }

    private List<Object> commandsFor(String body) {
        List<DmsRecord> records = new DmsMessageReader(json).read(body);
        assertThat(records).hasSize(1);
        return mapping.map(records.get(0)).commands();
    }

    private RecordRoom recordFor(String body) {
        List<Object> commands = commandsFor(body);
        assertThat(commands).hasSize(1);
        return (RecordRoom) commands.get(0);
    }

    /** The fixture with the part of the message {@code part} names changed as {@code edit} says. */
    private String edited(String name, String part, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode message = (ObjectNode) json.readTree(fixture(name));
        edit.accept((ObjectNode) message.get(part));
        return json.writeValueAsString(message);
    }

    @Test
    void anInsertRecordsTheRoomUnderItsCompositeKey() {
        assertThat(recordFor(fixture("insert.json"))).isEqualTo(new RecordRoom("BSB04", "0712", 7, "STD",
                RoomOccupancy.VACANT, HousekeepingStatus.CLEAN, LocalDateTime.of(2025, 4, 8, 10, 20, 5, 118_204_000),
                "CAM207", false, null, null,
                new SourcePosition("governanca.quarto", "BSB04|0712", SourceOperation.INSERT, 8803307L, 1L,
                        Instant.parse("2025-04-08T13:20:05.126630Z"), "00000D31/0A11C2F0.2.00000D31/0A11C2F0", null)));
    }

    @Test
    void anUpdateWithAnEmptyBeforeImageKeepsTheKey() {
        RecordRoom command = recordFor(fixture("update-same-key.json"));

        assertThat(command.aggregateId()).isEqualTo("room-BSB04-0712");
        assertThat(command.occupancy()).isEqualTo(RoomOccupancy.OCCUPIED);
        assertThat(command.housekeeping()).isEqualTo(HousekeepingStatus.CLEANING);
        assertThat(command.renumberedFrom()).isNull();
        assertThat(command.source().operation()).isEqualTo(SourceOperation.UPDATE);
    }

    @Test
    void aBeforeImageRepeatingTheSameKeyIsNoRenumbering() throws IOException {
        String body = edited("update-same-key.json", "before-image",
                before -> before.put("cod_hotel", "BSB04").put("num_apto", "0712"));

        assertThat(recordFor(body).renumberedFrom()).isNull();
    }

    @Test
    void aNewRoomNumberRetiresTheOldNumberAndRecordsTheRoomUnderTheNewOne() {
        assertThat(commandsFor(fixture("update-renumbered.json"))).containsExactly(
                new RenumberRoom("BSB04", "0712", "0712A", RENUMBERING),
                new RecordRoom("BSB04", "0712A", 7, "STD", RoomOccupancy.VACANT, HousekeepingStatus.INSPECTED,
                        LocalDateTime.of(2025, 4, 8, 10, 20, 5, 118_204_000), "CAM207", true,
                        "Obra: apartamento dividido em 0712A e 0712B", "0712", RENUMBERING));
    }

    @Test
    void theRenumberingGoesToTheOldRoomAndTheRecordToTheNewOne() {
        List<Object> commands = commandsFor(fixture("update-renumbered.json"));

        assertThat(((RenumberRoom) commands.get(0)).aggregateId()).isEqualTo("room-BSB04-0712");
        assertThat(((RecordRoom) commands.get(1)).aggregateId()).isEqualTo("room-BSB04-0712A");
    }

    @Test
    void aRoomKeyedUnderAnotherHotelIsRemovedThereAndRecordedHere() {
        List<Object> commands = commandsFor(fixture("update-moved-to-another-hotel.json"));

        assertThat(commands).hasSize(2);
        assertThat(commands.get(0)).isInstanceOfSatisfying(RemoveRoom.class,
                remove -> assertThat(remove.aggregateId()).isEqualTo("room-BSB04-0712"));
        assertThat(commands.get(1)).isInstanceOfSatisfying(RecordRoom.class, record -> {
            assertThat(record.aggregateId()).isEqualTo("room-BSB05-0712");
            assertThat(record.renumberedFrom()).isNull();
        });
    }

    @Test
    void aDeleteRemovesTheRoom() {
        assertThat(commandsFor(fixture("delete.json"))).singleElement()
                .isInstanceOfSatisfying(RemoveRoom.class, remove -> {
                    assertThat(remove.aggregateId()).isEqualTo("room-BSB04-0712");
                    assertThat(remove.source().operation()).isEqualTo(SourceOperation.DELETE);
                    assertThat(remove.source().key()).isEqualTo("BSB04|0712");
                });
    }

    @Test
    void aFullLoadImageHasNoCommitPositionAndDropsTheReasonOfARoomInService() {
        assertThat(recordFor(fixture("load.json"))).isEqualTo(new RecordRoom("BSB04", "0305", 3, "FAM",
                RoomOccupancy.OCCUPIED, HousekeepingStatus.DIRTY, LocalDateTime.of(2025, 2, 27, 9, 14, 50, 551_902_000),
                "CAM118", false, null, null,
                new SourcePosition("governanca.quarto", "BSB04|0305", SourceOperation.LOAD, null, null, null, null, null)));
    }

    @ParameterizedTest
    @CsvSource({"V, VACANT", "O, OCCUPIED"})
    void everyOccupancyCodeIsUnderstood(String code, RoomOccupancy occupancy) throws IOException {
        String body = edited("insert.json", "data", row -> row.put("sit_ocupacao", code));

        assertThat(recordFor(body).occupancy()).isEqualTo(occupancy);
    }

    @ParameterizedTest
    @CsvSource({"LP, CLEAN", "SJ, DIRTY", "EM, CLEANING", "IS, INSPECTED"})
    void everyHousekeepingCodeIsUnderstood(String code, HousekeepingStatus status) throws IOException {
        String body = edited("insert.json", "data", row -> row.put("sit_limpeza", code));

        assertThat(recordFor(body).housekeeping()).isEqualTo(status);
    }

    @Test
    void anUnknownHousekeepingCodeIsABadValue() {
        assertThatThrownBy(() -> commandsFor(fixture("bad-housekeeping-code.json")))
                .isInstanceOfSatisfying(InvalidChangeRecordException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("BAD_VALUE"))
                .hasMessageContaining("governanca.quarto.sit_limpeza");
    }

    @Test
    void anUnknownOccupancyCodeIsABadValue() throws IOException {
        String body = edited("insert.json", "data", row -> row.put("sit_ocupacao", "B"));

        assertThatThrownBy(() -> commandsFor(body))
                .isInstanceOfSatisfying(InvalidChangeRecordException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("BAD_VALUE"))
                .hasMessageContaining("governanca.quarto.sit_ocupacao");
    }

    @Test
    void aMissingHousekeepingStatusIsAMissingValue() throws IOException {
        String body = edited("insert.json", "data", row -> row.putNull("sit_limpeza"));

        assertThatThrownBy(() -> commandsFor(body))
                .isInstanceOfSatisfying(InvalidChangeRecordException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("MISSING_VALUE"));
    }

    @Test
    void aLastCleaningThatIsNotATimestampIsABadValue() throws IOException {
        String body = edited("insert.json", "data", row -> row.put("dh_ult_limpeza", "ontem de manha"));

        assertThatThrownBy(() -> commandsFor(body))
                .isInstanceOfSatisfying(InvalidChangeRecordException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("BAD_VALUE"))
                .hasMessageContaining("governanca.quarto.dh_ult_limpeza");
    }

    @Test
    void anOutOfServiceFlagThatIsNotABooleanIsABadValue() throws IOException {
        String body = edited("insert.json", "data", row -> row.put("fl_interditado", "sim"));

        assertThatThrownBy(() -> commandsFor(body))
                .isInstanceOfSatisfying(InvalidChangeRecordException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("BAD_VALUE"));
    }
}
