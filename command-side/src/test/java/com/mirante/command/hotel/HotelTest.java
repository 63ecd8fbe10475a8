package com.mirante.command.hotel;

import com.mirante.api.hotel.HotelChangeWithoutEffect;
import com.mirante.api.hotel.HotelClosed;
import com.mirante.api.hotel.HotelLocationChanged;
import com.mirante.api.hotel.HotelOpened;
import com.mirante.api.hotel.HotelRegistered;
import com.mirante.api.hotel.HotelRemoved;
import com.mirante.api.hotel.HotelRenamed;
import com.mirante.api.hotel.HotelRoomInventoryChanged;
import com.mirante.api.hotel.HotelTimeZoneChanged;
import com.mirante.api.hotel.RecordHotel;
import com.mirante.api.hotel.RemoveHotel;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HotelTest {

    private static final String ID = "FOR03";
    private static final String NAME = "Mirante Fortaleza Beira-Mar";
    private static final String ZONE = "America/Fortaleza";

    private AggregateTestFixture<Hotel> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Hotel.class);
    }

    /** A captured change at commit {@code step}: the table has no row version, so only the commit position orders it. */
    private static SourcePosition change(SourceOperation operation, long step) {
        String lsn = "00000C20/%08X.2.00000C20/%08X".formatted(step * 0x100, step * 0x100);
        return new SourcePosition("cadastro.hotel", ID, operation, 7100L + step, 1L,
                Instant.parse("2025-04-02T13:00:00Z").plusSeconds(step), lsn, null);
    }

    private static SourcePosition load() {
        return new SourcePosition("cadastro.hotel", ID, SourceOperation.LOAD, null, null, null, null, null);
    }

    private static RecordHotel record(String name, String city, int rooms, String zone, boolean active, long step) {
        return new RecordHotel(ID, name, city, "CE", rooms, zone, active,
                change(step == 1 ? SourceOperation.INSERT : SourceOperation.UPDATE, step));
    }

    private static HotelRegistered registered() {
        return new HotelRegistered(ID, NAME, "Fortaleza", "CE", 118, ZONE, true, change(SourceOperation.INSERT, 1));
    }

    @Test
    void aNewHotelIsRegisteredWithItsFullState() {
        fixture.givenNoPriorActivity()
                .when(record(NAME, "Fortaleza", 118, ZONE, true, 1))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void aFullLoadImageRegistersTheHotel() {
        fixture.givenNoPriorActivity()
                .when(new RecordHotel(ID, NAME, "Fortaleza", "CE", 118, ZONE, false, load()))
                .expectEvents(new HotelRegistered(ID, NAME, "Fortaleza", "CE", 118, ZONE, false, load()));
    }

    @Test
    void aNewNameIsARenaming() {
        fixture.given(registered())
                .when(record("Mirante Fortaleza Iracema", "Fortaleza", 118, ZONE, true, 2))
                .expectEvents(new HotelRenamed(ID, "Mirante Fortaleza Iracema", change(SourceOperation.UPDATE, 2)));
    }

    @Test
    void aNewCityIsALocationChange() {
        fixture.given(registered())
                .when(record(NAME, "Caucaia", 118, ZONE, true, 2))
                .expectEvents(new HotelLocationChanged(ID, "Caucaia", "CE", change(SourceOperation.UPDATE, 2)));
    }

    @Test
    void moreRoomsChangeTheInventory() {
        fixture.given(registered())
                .when(record(NAME, "Fortaleza", 124, ZONE, true, 2))
                .expectEvents(new HotelRoomInventoryChanged(ID, 124, change(SourceOperation.UPDATE, 2)));
    }

    @Test
    void anotherZoneChangesTheTimeZone() {
        fixture.given(registered())
                .when(record(NAME, "Fortaleza", 118, "America/Recife", true, 2))
                .expectEvents(new HotelTimeZoneChanged(ID, "America/Recife", change(SourceOperation.UPDATE, 2)));
    }

    @Test
    void anInactiveHotelIsClosedAndOpenedAgain() {
        fixture.given(registered())
                .when(record(NAME, "Fortaleza", 118, ZONE, false, 2))
                .expectEvents(new HotelClosed(ID, change(SourceOperation.UPDATE, 2)));
        fixture.given(registered(), new HotelClosed(ID, change(SourceOperation.UPDATE, 2)))
                .when(record(NAME, "Fortaleza", 118, ZONE, true, 3))
                .expectEvents(new HotelOpened(ID, change(SourceOperation.UPDATE, 3)));
    }

    @Test
    void severalDifferencesInOneChangeAreEachTold() {
        fixture.given(registered())
                .when(record("Mirante Fortaleza Iracema", "Fortaleza", 90, ZONE, false, 2))
                .expectEvents(new HotelRenamed(ID, "Mirante Fortaleza Iracema", change(SourceOperation.UPDATE, 2)),
                        new HotelRoomInventoryChanged(ID, 90, change(SourceOperation.UPDATE, 2)),
                        new HotelClosed(ID, change(SourceOperation.UPDATE, 2)));
    }

    @Test
    void aNewerImageWithNoDifferenceIsAChangeWithoutEffect() {
        fixture.given(registered())
                .when(record(NAME, "Fortaleza", 118, ZONE, true, 2))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new HotelChangeWithoutEffect(ID, change(SourceOperation.UPDATE, 2)));
    }

    @Test
    void anImageOlderThanAChangeWithoutEffectProducesNoEvent() {
        // 118 rooms at 10, 124 at 20, 118 again at 30; 20 arrives last and must not win.
        fixture.given(new HotelRegistered(ID, NAME, "Fortaleza", "CE", 118, ZONE, true,
                                change(SourceOperation.UPDATE, 10)),
                        new HotelChangeWithoutEffect(ID, change(SourceOperation.UPDATE, 30)))
                .when(record(NAME, "Fortaleza", 124, ZONE, true, 20))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theSameChangeDeliveredTwiceProducesNoEvent() {
        fixture.given(registered(), new HotelRoomInventoryChanged(ID, 124, change(SourceOperation.UPDATE, 2)))
                .when(record(NAME, "Fortaleza", 124, ZONE, true, 2))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOlderChangeArrivingLateProducesNoEvent() {
        fixture.given(registered(), new HotelRoomInventoryChanged(ID, 130, change(SourceOperation.UPDATE, 3)))
                .when(record(NAME, "Fortaleza", 124, ZONE, true, 2))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOldFullLoadImageArrivingAfterCapturedChangesProducesNoEvent() {
        fixture.given(registered())
                .when(new RecordHotel(ID, NAME, "Fortaleza", "CE", 100, ZONE, true, load()))
                .expectNoEvents();
    }

    @Test
    void anUpdateSeenBeforeItsInsertRegistersTheHotelAndTheInsertIsThenIgnored() {
        fixture.given(new HotelRegistered(ID, NAME, "Fortaleza", "CE", 124, ZONE, true, change(SourceOperation.UPDATE, 2)))
                .when(record(NAME, "Fortaleza", 118, ZONE, true, 1))
                .expectNoEvents();
    }

    @Test
    void aDeletedHotelIsRemovedOnce() {
        RemoveHotel delete = new RemoveHotel(ID, change(SourceOperation.DELETE, 5));

        fixture.given(registered())
                .when(delete)
                .expectEvents(new HotelRemoved(ID, change(SourceOperation.DELETE, 5)));
        fixture.given(registered(), new HotelRemoved(ID, change(SourceOperation.DELETE, 5)))
                .when(delete)
                .expectNoEvents();
    }

    @Test
    void changesArrivingAfterTheDeleteAreIgnored() {
        fixture.given(new HotelRemoved(ID, change(SourceOperation.DELETE, 5)))
                .when(record(NAME, "Fortaleza", 118, ZONE, true, 6))
                .expectNoEvents();
    }
}
