package com.mirante.query.hotels;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the hotels query model (JPA: a small reference list, written one hotel at a time). */
@Entity
@Table(name = "hotels")
public class HotelEntry {

    @Id
    private String hotelId;
    private String name;
    private String city;
    private String state;
    private int rooms;
    private String timeZone;
    private boolean active;

    protected HotelEntry() {
    }

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

    public String getHotelId() {
        return hotelId;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public String getState() {
        return state;
    }

    public int getRooms() {
        return rooms;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public boolean isActive() {
        return active;
    }
}
