package com.mirante.query.hoteldaily;

import com.mirante.query.web.BadRequestException;
import com.mirante.query.web.NotFoundException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class HotelDailyController {

    /** Longer ranges are reports, not a dashboard; the limit also bounds the cost of one request. */
    static final int MAX_DAYS = 400;

    private final DailyFiguresQuery query;

    HotelDailyController(DailyFiguresQuery query) {
        this.query = query;
    }

    @GetMapping("/hotels/{hotelId}/daily")
    List<DailyFigures> hotelDaily(@PathVariable String hotelId,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        checkRange(from, to);
        List<DailyFigures> figures = query.hotel(hotelId, from, to);
        if (figures.isEmpty()) {
            throw new NotFoundException("Hotel " + hotelId + " not found");
        }
        return figures;
    }

    @GetMapping("/chain/daily")
    List<DailyFigures> chainDaily(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        checkRange(from, to);
        return query.chain(from, to);
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new BadRequestException("from " + from + " is after to " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new BadRequestException("The range from " + from + " to " + to + " is over " + MAX_DAYS + " days");
        }
    }
}
