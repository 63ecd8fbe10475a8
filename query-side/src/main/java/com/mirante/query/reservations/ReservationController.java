package com.mirante.query.reservations;

import com.mirante.api.reservation.ReservationStatus;
import com.mirante.query.hotels.HotelTimeZones;
import com.mirante.platform.web.PageWindow;
import com.mirante.query.web.DateRange;
import com.mirante.query.web.HotelDate;
import com.mirante.query.web.HotelId;
import com.mirante.query.web.NotFoundException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reservations")
@Transactional(readOnly = true)
class ReservationController {

    /** Deeper than this, a client narrows the search (hotel, status, arrival dates) rather than paging on. */
    static final int MAX_ROWS = 10_000;
    static final int MAX_SIZE = 500;

    private final ReservationRows reservations;
    private final HotelTimeZones zones;

    ReservationController(ReservationRows reservations, HotelTimeZones zones) {
        this.reservations = reservations;
        this.zones = zones;
    }

    @GetMapping("/{reservationId}")
    ReservationView reservation(@PathVariable @Positive long reservationId) {
        return reservations.find(reservationId)
                .map(row -> ReservationView.of(row, zones.converter()))
                .orElseThrow(() -> new NotFoundException("Reservation " + reservationId + " not found"));
    }

    @GetMapping
    @DateRange(from = "arrivalFrom", to = "arrivalTo")
    @PageWindow(maxRows = MAX_ROWS)
    ReservationPage reservations(
            @RequestParam(required = false) @HotelId String hotelId,
            @RequestParam(required = false) ReservationStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @HotelDate LocalDate arrivalFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @HotelDate LocalDate arrivalTo,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_SIZE) int size) {
        ReservationSearch search = new ReservationSearch(hotelId, status, arrivalFrom, arrivalTo);
        long offset = (long) page * size;
        List<ReservationRow> found = reservations.search(search, offset, size);
        // A page short of its size ends the list, so it tells the total unless it lies past the end.
        long total = found.size() < size && (offset == 0 || !found.isEmpty()) ? offset + found.size()
                : reservations.count(search);
        var toInstant = zones.converter();
        return new ReservationPage(found.stream().map(row -> ReservationView.of(row, toInstant)).toList(), page, size,
                total);
    }
}
