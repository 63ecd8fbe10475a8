package com.mirante.query.hotels;

/** One row of the hotels query model ({@link HotelTable}): a small reference list, written one hotel at a time. */
final class HotelEntry {

    private final String hotelId;
    private String name;
    private String city;
    private String state;
    private int rooms;
    private String timeZone;
    private boolean active;

    HotelEntry(String hotelId) {
        this.hotelId = hotelId;
    }

    void describe(String name, String city, String state, int rooms, String timeZone, boolean active) {
        this.name = name;
        locate(city, state);
        this.rooms = rooms;
        this.timeZone = timeZone;
        this.active = active;
    }

    void rename(String name) {
        this.name = name;
    }

    void locate(String city, String state) {
        this.city = city;
        this.state = state;
    }

    void sellRooms(int rooms) {
        this.rooms = rooms;
    }

    void moveToZone(String timeZone) {
        this.timeZone = timeZone;
    }

    void open(boolean active) {
        this.active = active;
    }

    String getHotelId() {
        return hotelId;
    }

    String getName() {
        return name;
    }

    String getCity() {
        return city;
    }

    String getState() {
        return state;
    }

    int getRooms() {
        return rooms;
    }

    String getTimeZone() {
        return timeZone;
    }

    boolean isActive() {
        return active;
    }
}
