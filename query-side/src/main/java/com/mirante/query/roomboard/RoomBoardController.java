package com.mirante.query.roomboard;

import com.mirante.query.hotels.HotelTable;
import com.mirante.query.hotels.HotelTimeZones;
import com.mirante.query.web.HotelId;
import com.mirante.query.web.NotFoundException;
import java.util.Comparator;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Transactional(readOnly = true)
class RoomBoardController {

    private static final Comparator<RoomView> BY_ROOM = Comparator.comparing(RoomView::room, RoomOrder.INSTANCE);

    private final RoomBoardTable rooms;
    private final HotelTable hotels;
    private final HotelTimeZones zones;

    RoomBoardController(RoomBoardTable rooms, HotelTable hotels, HotelTimeZones zones) {
        this.rooms = rooms;
        this.hotels = hotels;
        this.zones = zones;
    }

    /**
     * A hotel is known by its rooms or by the hotels model: each is projected by its own processor,
     * so either can be ahead of the other, and a registered hotel may have no rooms yet.
     */
    @GetMapping("/api/v1/hotels/{hotelId}/rooms")
    List<RoomView> rooms(@PathVariable @HotelId String hotelId) {
        List<RoomBoardEntry> found = rooms.ofHotel(hotelId);
        if (found.isEmpty() && !hotels.exists(hotelId)) {
            throw new NotFoundException("Hotel " + hotelId + " not found");
        }
        var toInstant = zones.converter();
        return found.stream().map(entry -> RoomView.of(entry, toInstant)).sorted(BY_ROOM).toList();
    }
}
