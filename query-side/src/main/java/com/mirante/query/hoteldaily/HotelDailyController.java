package com.mirante.query.hoteldaily;

import com.mirante.query.web.DateRange;
import com.mirante.query.web.HotelDate;
import com.mirante.query.web.HotelId;
import com.mirante.query.web.NotFoundException;
import java.time.LocalDate;
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
    @DateRange(maxDays = MAX_DAYS)
    List<DailyFigures> hotelDaily(@PathVariable @HotelId String hotelId,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @HotelDate LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @HotelDate LocalDate to) {
        List<DailyFigures> figures = query.hotel(hotelId, from, to);
        if (figures.isEmpty()) {
            throw new NotFoundException("Hotel " + hotelId + " not found");
        }
        return figures;
    }

    @GetMapping("/chain/daily")
    @DateRange(maxDays = MAX_DAYS)
    List<DailyFigures> chainDaily(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @HotelDate LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @HotelDate LocalDate to) {
        return query.chain(from, to);
    }
}
