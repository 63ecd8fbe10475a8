package com.mirante.query.live;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The open server-sent-event streams of this node and what each wants to see. */
@Component
public class LiveStream {

    /** Browsers reconnect by themselves; a bound keeps an abandoned stream from living forever. */
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    /** @param hotelId null: every hotel */
    private record Subscriber(SseEmitter emitter, String hotelId) {
        boolean wants(String hotel) {
            return hotel == null || hotelId == null || hotelId.equals(hotel);
        }
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    SseEmitter subscribe(String hotelId) throws IOException {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Subscriber subscriber = new Subscriber(emitter, hotelId);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(error -> subscribers.remove(subscriber));
        subscribers.add(subscriber);
        emitter.send(SseEmitter.event().comment("subscribed"));
        return emitter;
    }

    /** Whether anyone would see news about this hotel (null: about the chain). */
    public boolean isWatched(String hotelId) {
        return subscribers.stream().anyMatch(subscriber -> subscriber.wants(hotelId));
    }

    /** Sends to the streams that watch this hotel; {@code hotelId} null reaches every stream. */
    public void push(String hotelId, String event, Object data) {
        for (Subscriber subscriber : subscribers) {
            if (subscriber.wants(hotelId)) {
                send(subscriber, SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
            }
        }
    }

    /** Keeps idle connections open through proxies, and finds the streams whose reader went away. */
    void heartbeat() {
        subscribers.forEach(subscriber -> send(subscriber, SseEmitter.event().comment("heartbeat")));
    }

    /** Ends every open stream. */
    void closeAll() {
        subscribers.forEach(subscriber -> {
            subscribers.remove(subscriber);
            subscriber.emitter().complete();
        });
    }

    int size() {
        return subscribers.size();
    }

    private void send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
        try {
            subscriber.emitter().send(event);
        } catch (IOException | IllegalStateException gone) {
            subscribers.remove(subscriber);
        }
    }
}
