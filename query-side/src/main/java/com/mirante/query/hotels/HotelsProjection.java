package com.mirante.query.hotels;

import com.mirante.api.hotel.HotelClosed;
import com.mirante.api.hotel.HotelLocationChanged;
import com.mirante.api.hotel.HotelOpened;
import com.mirante.api.hotel.HotelRegistered;
import com.mirante.api.hotel.HotelRemoved;
import com.mirante.api.hotel.HotelRenamed;
import com.mirante.api.hotel.HotelRoomInventoryChanged;
import com.mirante.api.hotel.HotelTimeZoneChanged;
import com.mirante.projection.QueryModelVersion;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/** Keeps the hotels query model; events carry absolute values, so replays leave the same rows. */
@Component
@ProcessingGroup(HotelsProjection.PROCESSING_GROUP)
@QueryModelVersion(1)
class HotelsProjection {

    static final String PROCESSING_GROUP = "hotels";

    private final HotelTable hotels;

    HotelsProjection(HotelTable hotels) {
        this.hotels = hotels;
    }

    @EventHandler
    void on(HotelRegistered event) {
        HotelEntry entry = hotels.find(event.hotelId()).orElseGet(() -> new HotelEntry(event.hotelId()));
        entry.describe(event.name(), event.city(), event.state(), event.rooms(), event.timeZone(), event.active());
        hotels.save(entry);
    }

    @EventHandler
    void on(HotelRenamed event) {
        update(event.hotelId(), entry -> entry.rename(event.name()));
    }

    @EventHandler
    void on(HotelLocationChanged event) {
        update(event.hotelId(), entry -> entry.locate(event.city(), event.state()));
    }

    @EventHandler
    void on(HotelRoomInventoryChanged event) {
        update(event.hotelId(), entry -> entry.sellRooms(event.rooms()));
    }

    @EventHandler
    void on(HotelTimeZoneChanged event) {
        update(event.hotelId(), entry -> entry.moveToZone(event.timeZone()));
    }

    @EventHandler
    void on(HotelOpened event) {
        update(event.hotelId(), entry -> entry.open(true));
    }

    @EventHandler
    void on(HotelClosed event) {
        update(event.hotelId(), entry -> entry.open(false));
    }

    @EventHandler
    void on(HotelRemoved event) {
        hotels.delete(event.hotelId());
    }

    @ResetHandler
    void reset() {
        hotels.clear();
    }

    /**
     * An event about a row this model no longer holds changes nothing: a projection never stops
     * on one event.
     */
    private void update(String hotelId, Consumer<HotelEntry> change) {
        hotels.find(hotelId).ifPresent(entry -> {
            change.accept(entry);
            hotels.save(entry);
        });
    }
}
