package com.mirante.query.hoteldaily;

import com.fasterxml.jackson.databind.JsonNode;
import com.mirante.query.live.LiveChange;
import com.mirante.query.live.LiveChangesReceived;
import com.mirante.query.live.LiveStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Pushes the figures of the nights a batch changed: each watched hotel's, then the chain's over
 * every changed night. Announcements that arrived together are merged, so a busy hotel costs one
 * read per delivery, not one per batch.
 */
@Component
class HotelDailyLiveFeed {

    static final String EVENT = "daily";

    /** The figures of one hotel (or the chain, hotelId null) for the nights that changed. */
    record ChangedFigures(String hotelId, List<DailyFigures> figures) {
    }

    private final DailyFiguresQuery query;
    private final LiveStream stream;

    HotelDailyLiveFeed(DailyFiguresQuery query, LiveStream stream) {
        this.query = query;
        this.stream = stream;
    }

    @EventListener
    void on(LiveChangesReceived received) {
        Map<String, NightRange> changed = new TreeMap<>();
        for (LiveChange change : received.about(HotelDailyProjection.LIVE_TOPIC)) {
            changed.merge(change.hotelId(), NightRange.of(change.data()), NightRange::span);
        }
        if (changed.isEmpty()) {
            return;
        }
        changed.forEach((hotelId, nights) -> {
            if (stream.isWatched(hotelId)) {
                push(hotelId, nights);
            }
        });
        push(null, changed.values().stream().reduce(NightRange::span).orElseThrow());
    }

    private void push(String hotelId, NightRange nights) {
        NightRange shown = nights.limitedTo(HotelDailyController.MAX_DAYS);
        stream.push(hotelId, EVENT, new ChangedFigures(hotelId, query.figures(hotelId, shown.from(), shown.to())));
    }

    record NightRange(LocalDate from, LocalDate to) {

        static NightRange of(JsonNode data) {
            return new NightRange(LocalDate.parse(data.path("from").asText()), LocalDate.parse(data.path("to").asText()));
        }

        NightRange span(NightRange other) {
            return new NightRange(from.isBefore(other.from) ? from : other.from, to.isAfter(other.to) ? to : other.to);
        }

        /** A change across years (a long stay, a correction) shows its first nights; the page reads the rest. */
        NightRange limitedTo(int days) {
            LocalDate last = from.plusDays(days - 1L);
            return new NightRange(from, to.isAfter(last) ? last : to);
        }
    }
}
