package com.mirante.query.reservations;

import com.mirante.api.reservation.ReservationStatus;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The list endpoint's filters; each one left out matches everything. */
record ReservationSearch(String hotelId, ReservationStatus status, LocalDate arrivalFrom, LocalDate arrivalTo) {

    /** @param where a WHERE clause on the reservations table, empty when nothing is filtered */
    record Condition(String where, List<Object> parameters) {
    }

    Condition condition() {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("hotel_id = ?", hotelId);
        filters.put("status = ?", status == null ? null : status.name());
        filters.put("arrival >= ?", arrivalFrom);
        filters.put("arrival <= ?", arrivalTo);
        filters.values().removeIf(Objects::isNull);
        return new Condition(filters.isEmpty() ? "" : " WHERE " + String.join(" AND ", filters.keySet()),
                List.copyOf(filters.values()));
    }
}
