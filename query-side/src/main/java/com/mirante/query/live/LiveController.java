package com.mirante.query.live;

import com.mirante.query.web.HotelId;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
class LiveController {

    private final LiveStream stream;

    LiveController(LiveStream stream) {
        this.stream = stream;
    }

    @Operation(summary = "Server-sent events: `daily` (changed nights of a hotel, and of the chain with hotelId null)"
            + " and `room` / `room-removed` (a room of the board), as they are projected."
            + " 429 when the user or this node has the most streams allowed open")
    @GetMapping(path = "/api/v1/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@RequestParam(required = false) @HotelId String hotelId, Principal user) {
        return stream.subscribe(user.getName(), hotelId);
    }
}
