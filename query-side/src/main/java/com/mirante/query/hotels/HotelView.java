package com.mirante.query.hotels;

/** A hotel as the API shows it. */
public record HotelView(String hotelId, String name, String city, String state, int rooms, String timeZone,
                        boolean active) {

    static HotelView of(HotelEntry entry) {
        return new HotelView(entry.getHotelId(), entry.getName(), entry.getCity(), entry.getState(), entry.getRooms(),
                entry.getTimeZone(), entry.isActive());
    }
}
