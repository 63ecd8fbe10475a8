package com.mirante.command.room;

import com.mirante.api.room.HousekeepingStatus;
import com.mirante.api.room.RecordRoom;
import com.mirante.api.room.RemoveRoom;
import com.mirante.api.room.RenumberRoom;
import com.mirante.api.room.RoomChangeWithoutEffect;
import com.mirante.api.room.RoomFloorChanged;
import com.mirante.api.room.RoomHousekeepingStatusChanged;
import com.mirante.api.room.RoomOccupancy;
import com.mirante.api.room.RoomOccupancyChanged;
import com.mirante.api.room.RoomRegistered;
import com.mirante.api.room.RoomRemoved;
import com.mirante.api.room.RoomRenumbered;
import com.mirante.api.room.RoomReturnedToService;
import com.mirante.api.room.RoomTakenOutOfService;
import com.mirante.api.room.RoomTypeChanged;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import java.time.Instant;
import java.time.LocalDateTime;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoomTest {

    private static final String HOTEL = "BSB04";
    private static final String NUMBER = "0712";
    private static final LocalDateTime CLEANED = LocalDateTime.of(2025, 4, 8, 10, 20, 5);
    private static final String MAID = "CAM207";

    private AggregateTestFixture<Room> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Room.class);
    }

    /** A captured change at commit {@code step}: the table has no row version, so only the commit position orders it. */
    private static SourcePosition change(SourceOperation operation, long step) {
        String lsn = "00000D31/%08X.2.00000D31/%08X".formatted(step * 0x100, step * 0x100);
        return new SourcePosition("governanca.quarto", HOTEL + "|" + NUMBER, operation, 8800L + step, 1L,
                Instant.parse("2025-04-08T13:20:05Z").plusSeconds(step), lsn, null);
    }

    private static SourcePosition update(long step) {
        return change(SourceOperation.UPDATE, step);
    }

    /** The room as first seen: seventh floor, standard, vacant and clean, in service. */
    private static RoomRegistered registered() {
        return new RoomRegistered(HOTEL, NUMBER, 7, "STD", RoomOccupancy.VACANT, HousekeepingStatus.CLEAN, CLEANED,
                MAID, false, null, null, change(SourceOperation.INSERT, 1));
    }

    private static Builder room() {
        return new Builder();
    }

    /** Builds a {@link RecordRoom} that differs from {@link #registered()} only where a test says so. */
    private static final class Builder {
        private Integer floor = 7;
        private String type = "STD";
        private RoomOccupancy occupancy = RoomOccupancy.VACANT;
        private HousekeepingStatus housekeeping = HousekeepingStatus.CLEAN;
        private LocalDateTime cleanedAt = CLEANED;
        private String cleanedBy = MAID;
        private boolean outOfService;
        private String reason;

        Builder floor(int value) {
            floor = value;
            return this;
        }

        Builder type(String value) {
            type = value;
            return this;
        }

        Builder occupied() {
            occupancy = RoomOccupancy.OCCUPIED;
            return this;
        }

        Builder housekeeping(HousekeepingStatus status, LocalDateTime at, String by) {
            housekeeping = status;
            cleanedAt = at;
            cleanedBy = by;
            return this;
        }

        Builder outOfService(String why) {
            outOfService = true;
            reason = why;
            return this;
        }

        RecordRoom at(SourcePosition source) {
            return new RecordRoom(HOTEL, NUMBER, floor, type, occupancy, housekeeping, cleanedAt, cleanedBy,
                    outOfService, reason, null, source);
        }
    }

    @Test
    void aNewRoomIsRegisteredWithItsFullState() {
        fixture.givenNoPriorActivity()
                .when(room().at(change(SourceOperation.INSERT, 1)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void aRoomFirstSeenUnderItsNewNumberTellsWhichNumberItHadBefore() {
        SourcePosition renumbering = new SourcePosition("governanca.quarto", HOTEL + "|0712A", SourceOperation.UPDATE,
                8803L, 1L, Instant.parse("2025-04-08T13:20:08Z"), "00000D31/00000300.2.00000D31/00000300", null);

        fixture.givenNoPriorActivity()
                .when(new RecordRoom(HOTEL, "0712A", 7, "STD", RoomOccupancy.VACANT, HousekeepingStatus.CLEAN, CLEANED,
                        MAID, false, null, NUMBER, renumbering))
                .expectEvents(new RoomRegistered(HOTEL, "0712A", 7, "STD", RoomOccupancy.VACANT,
                        HousekeepingStatus.CLEAN, CLEANED, MAID, false, null, NUMBER, renumbering));
    }

    @Test
    void aGuestMovingInChangesTheOccupancy() {
        fixture.given(registered())
                .when(room().occupied().at(update(2)))
                .expectEvents(new RoomOccupancyChanged(HOTEL, NUMBER, RoomOccupancy.OCCUPIED, update(2)));
    }

    @Test
    void aRoomLeftDirtyChangesItsHousekeepingStatus() {
        fixture.given(registered())
                .when(room().housekeeping(HousekeepingStatus.DIRTY, CLEANED, MAID).at(update(2)))
                .expectEvents(new RoomHousekeepingStatusChanged(HOTEL, NUMBER, HousekeepingStatus.DIRTY, CLEANED, MAID,
                        update(2)));
    }

    @Test
    void anotherCleaningOfACleanRoomIsAHousekeepingChangeToo() {
        LocalDateTime recleaned = CLEANED.plusHours(5);

        fixture.given(registered())
                .when(room().housekeeping(HousekeepingStatus.CLEAN, recleaned, "CAM311").at(update(2)))
                .expectEvents(new RoomHousekeepingStatusChanged(HOTEL, NUMBER, HousekeepingStatus.CLEAN, recleaned,
                        "CAM311", update(2)));
    }

    @Test
    void aRoomTakenOutOfServiceSaysWhy() {
        fixture.given(registered())
                .when(room().outOfService("Vazamento no banheiro").at(update(2)))
                .expectEvents(new RoomTakenOutOfService(HOTEL, NUMBER, "Vazamento no banheiro", update(2)));
    }

    @Test
    void aNewReasonForARoomStillOutOfServiceIsToldAgain() {
        fixture.given(registered(), new RoomTakenOutOfService(HOTEL, NUMBER, "Vazamento no banheiro", update(2)))
                .when(room().outOfService("Troca de piso").at(update(3)))
                .expectEvents(new RoomTakenOutOfService(HOTEL, NUMBER, "Troca de piso", update(3)));
    }

    @Test
    void aRepairedRoomReturnsToService() {
        fixture.given(registered(), new RoomTakenOutOfService(HOTEL, NUMBER, "Vazamento no banheiro", update(2)))
                .when(room().at(update(3)))
                .expectEvents(new RoomReturnedToService(HOTEL, NUMBER, update(3)));
    }

    @Test
    void anotherRoomTypeIsATypeChange() {
        fixture.given(registered())
                .when(room().type("LXO").at(update(2)))
                .expectEvents(new RoomTypeChanged(HOTEL, NUMBER, "LXO", update(2)));
    }

    @Test
    void anotherFloorIsAFloorChange() {
        fixture.given(registered())
                .when(room().floor(8).at(update(2)))
                .expectEvents(new RoomFloorChanged(HOTEL, NUMBER, 8, update(2)));
    }

    @Test
    void aCheckInThatLeavesTheRoomDirtyTellsBothFacts() {
        fixture.given(registered())
                .when(room().occupied().housekeeping(HousekeepingStatus.DIRTY, CLEANED, MAID).at(update(2)))
                .expectEvents(new RoomOccupancyChanged(HOTEL, NUMBER, RoomOccupancy.OCCUPIED, update(2)),
                        new RoomHousekeepingStatusChanged(HOTEL, NUMBER, HousekeepingStatus.DIRTY, CLEANED, MAID,
                                update(2)));
    }

    @Test
    void aNewerImageWithNoDifferenceIsAChangeWithoutEffect() {
        fixture.given(registered())
                .when(room().at(update(2)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RoomChangeWithoutEffect(HOTEL, NUMBER, update(2)));
    }

    @Test
    void anImageOlderThanAChangeWithoutEffectProducesNoEvent() {
        // Vacant at 10, occupied at 20, vacant again at 30; 20 arrives last and must not win.
        fixture.given(new RoomRegistered(HOTEL, NUMBER, 7, "STD", RoomOccupancy.VACANT, HousekeepingStatus.CLEAN,
                                CLEANED, MAID, false, null, null, update(10)),
                        new RoomChangeWithoutEffect(HOTEL, NUMBER, update(30)))
                .when(room().occupied().at(update(20)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theSameChangeDeliveredTwiceProducesNoEvent() {
        fixture.given(registered(), new RoomOccupancyChanged(HOTEL, NUMBER, RoomOccupancy.OCCUPIED, update(2)))
                .when(room().occupied().at(update(2)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOlderChangeArrivingLateProducesNoEvent() {
        fixture.given(registered(),
                        new RoomHousekeepingStatusChanged(HOTEL, NUMBER, HousekeepingStatus.INSPECTED, CLEANED, MAID,
                                update(4)))
                .when(room().housekeeping(HousekeepingStatus.CLEANING, CLEANED, MAID).at(update(3)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOldFullLoadImageArrivingAfterCapturedChangesProducesNoEvent() {
        SourcePosition load = new SourcePosition("governanca.quarto", HOTEL + "|" + NUMBER, SourceOperation.LOAD,
                null, null, null, null, null);

        fixture.given(registered())
                .when(room().occupied().at(load))
                .expectNoEvents();
    }

    @Test
    void anUpdateSeenBeforeItsInsertRegistersTheRoomAndTheInsertIsThenIgnored() {
        fixture.given(new RoomRegistered(HOTEL, NUMBER, 7, "STD", RoomOccupancy.OCCUPIED, HousekeepingStatus.DIRTY,
                        CLEANED, MAID, false, null, null, update(2)))
                .when(room().at(change(SourceOperation.INSERT, 1)))
                .expectNoEvents();
    }

    @Test
    void aRenumberedRoomTellsItsNewNumberOnce() {
        RenumberRoom renumber = new RenumberRoom(HOTEL, NUMBER, "0712A", update(3));

        fixture.given(registered())
                .when(renumber)
                .expectEvents(new RoomRenumbered(HOTEL, NUMBER, "0712A", update(3)));
        fixture.given(registered(), new RoomRenumbered(HOTEL, NUMBER, "0712A", update(3)))
                .when(renumber)
                .expectNoEvents();
    }

    @Test
    void aRenumberingSeenBeforeTheRoomItselfStillRetiresTheOldNumber() {
        fixture.givenNoPriorActivity()
                .when(new RenumberRoom(HOTEL, NUMBER, "0712A", update(3)))
                .expectEvents(new RoomRenumbered(HOTEL, NUMBER, "0712A", update(3)));
    }

    @Test
    void changesUnderTheOldNumberArrivingAfterTheRenumberingAreIgnored() {
        fixture.given(new RoomRenumbered(HOTEL, NUMBER, "0712A", update(3)))
                .when(room().occupied().at(update(2)))
                .expectNoEvents();
    }

    @Test
    void aRenumberingOlderThanWhatTheNumberShowsBelongsToAPastRoom() {
        fixture.given(new RoomRegistered(HOTEL, NUMBER, 7, "STD", RoomOccupancy.VACANT, HousekeepingStatus.CLEAN,
                        CLEANED, MAID, false, null, null, change(SourceOperation.INSERT, 5)))
                .when(new RenumberRoom(HOTEL, NUMBER, "0712A", update(3)))
                .expectNoEvents();
    }

    @Test
    void aDeletedRoomIsRemovedOnce() {
        RemoveRoom delete = new RemoveRoom(HOTEL, NUMBER, change(SourceOperation.DELETE, 4));

        fixture.given(registered())
                .when(delete)
                .expectEvents(new RoomRemoved(HOTEL, NUMBER, change(SourceOperation.DELETE, 4)));
        fixture.given(registered(), new RoomRemoved(HOTEL, NUMBER, change(SourceOperation.DELETE, 4)))
                .when(delete)
                .expectNoEvents();
    }

    @Test
    void changesArrivingAfterTheDeleteAreIgnored() {
        fixture.given(new RoomRemoved(HOTEL, NUMBER, change(SourceOperation.DELETE, 4)))
                .when(room().occupied().at(update(5)))
                .expectNoEvents();
    }
}
