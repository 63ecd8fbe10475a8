package com.mirante.query.hotels;

import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/hotels")
@Transactional(readOnly = true)
class HotelController {

    private final HotelTable hotels;

    HotelController(HotelTable hotels) {
        this.hotels = hotels;
    }

    @GetMapping
    List<HotelView> hotels() {
        return hotels.all().stream().map(HotelView::of).toList();
    }
}
