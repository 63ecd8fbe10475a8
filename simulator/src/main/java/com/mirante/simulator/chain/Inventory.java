package com.mirante.simulator.chain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Rooms sold per room type and night, so that the hotel does not sell more than it has. */
final class Inventory {

    private final Map<String, Map<LocalDate, Integer>> sold = new HashMap<>();

    boolean available(Hotel hotel, String type, LocalDate arrival, LocalDate departure) {
        long capacity = hotel.roomsOfType(type);
        Map<LocalDate, Integer> nights = sold.getOrDefault(type, Map.of());
        for (LocalDate night = arrival; night.isBefore(departure); night = night.plusDays(1)) {
            if (nights.getOrDefault(night, 0) >= capacity) {
                return false;
            }
        }
        return true;
    }

    void hold(Reservation reservation) {
        add(reservation, 1);
    }

    void release(Reservation reservation) {
        add(reservation, -1);
    }

    private void add(Reservation reservation, int rooms) {
        Map<LocalDate, Integer> nights = sold.computeIfAbsent(reservation.roomType, type -> new HashMap<>());
        for (LocalDate night = reservation.arrival; night.isBefore(reservation.departure); night = night.plusDays(1)) {
            nights.merge(night, rooms, Integer::sum);
        }
    }

    /** Forgets nights before the given date: they can no longer be sold. */
    void forgetBefore(LocalDate date) {
        sold.values().forEach(nights -> nights.keySet().removeIf(night -> night.isBefore(date)));
    }
}
