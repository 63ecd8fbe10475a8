package com.mirante.query.dashboard;

import com.mirante.query.web.DateRange;
import com.mirante.query.web.HotelDate;
import com.mirante.query.web.HotelId;
import com.mirante.query.web.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's reads that the other models do not answer: today's front-desk counts and the
 * channel mix. The page names its day ({@code date}): the hotels' "today" is the manager's.
 */
@RestController
@RequestMapping("/api/v1")
class DashboardController {

    /** Like the daily figures: a longer range is a report, and the limit bounds one request's cost. */
    static final int MAX_DAYS = 400;

    private final DashboardQuery query;

    DashboardController(DashboardQuery query) {
        this.query = query;
    }

    @GetMapping("/chain/today")
    TodayFigures chainToday(@RequestParam @DateTimeFormat(iso = ISO.DATE) @HotelDate LocalDate date) {
        return query.today(null, date);
    }

    @GetMapping("/hotels/{hotelId}/today")
    TodayFigures hotelToday(@PathVariable @HotelId String hotelId,
                            @RequestParam @DateTimeFormat(iso = ISO.DATE) @HotelDate LocalDate date) {
        return query.today(known(hotelId), date);
    }

    @GetMapping("/chain/channels")
    @DateRange(maxDays = MAX_DAYS)
    List<ChannelShare> chainChannels(@RequestParam @DateTimeFormat(iso = ISO.DATE) @HotelDate LocalDate from,
                                     @RequestParam @DateTimeFormat(iso = ISO.DATE) @HotelDate LocalDate to) {
        return query.channels(null, from, to);
    }

    @GetMapping("/hotels/{hotelId}/channels")
    @DateRange(maxDays = MAX_DAYS)
    List<ChannelShare> hotelChannels(@PathVariable @HotelId String hotelId,
                                     @RequestParam @DateTimeFormat(iso = ISO.DATE) @HotelDate LocalDate from,
                                     @RequestParam @DateTimeFormat(iso = ISO.DATE) @HotelDate LocalDate to) {
        return query.channels(known(hotelId), from, to);
    }

    private String known(String hotelId) {
        if (!query.hotelExists(hotelId)) {
            throw new NotFoundException("Hotel " + hotelId + " not found");
        }
        return hotelId;
    }
}
