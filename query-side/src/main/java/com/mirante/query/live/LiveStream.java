package com.mirante.query.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open server-sent-event streams of this node and what each wants to see, at most
 * {@code mirante.live.max-streams} on the node and {@code mirante.live.max-streams-per-user} for one
 * user. A push only queues the event in each stream's bounded outbox; the stream's own sender task
 * writes it. A client that stops reading blocks only its own sender: once its outbox is full the
 * stream is dropped (counted in {@code mirante_live_streams_dropped_total}), and its sender ends when
 * the blocked write fails, at the latest after the web server's write timeout
 * ({@code server.tomcat.connection-timeout}).
 */
@Component
public class LiveStream implements DisposableBean {

    /** Browsers reconnect by themselves; a bound keeps an abandoned stream from living forever. */
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private static final Logger log = LoggerFactory.getLogger(LiveStream.class);

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Object registration = new Object();
    private final int maxStreams;
    private final int maxStreamsPerUser;
    private final int outboxEvents;
    /**
     * A thread per stream while it has something to write (idle streams hold none): as many as the
     * open streams, plus dropped ones still blocked in a write until it times out.
     */
    private final ExecutorService senders = Executors.newCachedThreadPool(senderThreads());
    private final Counter dropped;

    LiveStream(@Value("${mirante.live.max-streams:200}") int maxStreams,
               @Value("${mirante.live.max-streams-per-user:5}") int maxStreamsPerUser,
               @Value("${mirante.live.outbox-events:1000}") int outboxEvents,
               MeterRegistry meters) {
        this.maxStreams = maxStreams;
        this.maxStreamsPerUser = maxStreamsPerUser;
        this.outboxEvents = outboxEvents;
        Gauge.builder("mirante.live.streams", subscribers, List::size)
                .description("Open live streams on this node")
                .register(meters);
        this.dropped = Counter.builder("mirante.live.streams.dropped")
                .description("Live streams dropped because their client stopped reading")
                .register(meters);
    }

    /** Opens a stream for {@code user}; over a cap, a 429 (the page retries later, as after any error). */
    SseEmitter subscribe(String user, String hotelId) {
        Subscriber subscriber;
        synchronized (registration) {
            if (subscribers.size() >= maxStreams) {
                throw tooMany("This node serves its maximum of " + maxStreams + " live streams");
            }
            if (subscribers.stream().filter(held -> held.user.equals(user)).count() >= maxStreamsPerUser) {
                throw tooMany(user + " has " + maxStreamsPerUser + " live streams open already");
            }
            subscriber = new Subscriber(user, hotelId);
            subscribers.add(subscriber);
        }
        subscriber.offer(SseEmitter.event().comment("subscribed").build());
        return subscriber.emitter;
    }

    /** Whether anyone would see news about this hotel (null: about the chain). */
    public boolean isWatched(String hotelId) {
        return subscribers.stream().anyMatch(subscriber -> subscriber.wants(hotelId));
    }

    /** Queues the event for the streams that watch this hotel ({@code hotelId} null: every stream); never waits. */
    public void push(String hotelId, String event, Object data) {
        Set<DataWithMediaType> message = SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON).build();
        for (Subscriber subscriber : subscribers) {
            if (subscriber.wants(hotelId)) {
                subscriber.offer(message);
            }
        }
    }

    /** Keeps idle connections open through proxies, and finds the streams whose reader went away. */
    void heartbeat() {
        Set<DataWithMediaType> message = SseEmitter.event().comment("heartbeat").build();
        subscribers.forEach(subscriber -> subscriber.offer(message));
    }

    /** Ends every open stream. */
    void closeAll() {
        subscribers.forEach(Subscriber::close);
    }

    int size() {
        return subscribers.size();
    }

    @Override
    public void destroy() {
        closeAll();
        senders.shutdown();
    }

    private static ResponseStatusException tooMany(String detail) {
        return new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, detail);
    }

    private static ThreadFactory senderThreads() {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "live-sender-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * One stream: its outbox, and at most one sender task at a time draining it in order. Closing
     * unregisters it at once; the emitter is completed by a sender task, never by the thread that
     * closes, since completing waits for a write in progress.
     */
    private final class Subscriber {

        private final SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        private final String user;
        /** null: every hotel */
        private final String hotelId;
        private final BlockingQueue<Set<DataWithMediaType>> outbox = new ArrayBlockingQueue<>(outboxEvents);
        private final AtomicBoolean open = new AtomicBoolean(true);
        private final AtomicBoolean sending = new AtomicBoolean();

        Subscriber(String user, String hotelId) {
            this.user = user;
            this.hotelId = hotelId;
            emitter.onCompletion(this::close);
            emitter.onTimeout(this::close);
            emitter.onError(error -> close());
        }

        boolean wants(String hotel) {
            return hotel == null || hotelId == null || hotelId.equals(hotel);
        }

        void offer(Set<DataWithMediaType> message) {
            if (!open.get()) {
                return;
            }
            if (outbox.offer(message)) {
                sendLater();
            } else if (close()) {
                dropped.increment();
                log.atWarn().addKeyValue("live_user", user).addKeyValue("hotel_id", hotelId)
                        .log("Dropped a live stream of {}: its client stopped reading ({} events waiting)",
                                user, outboxEvents);
            }
        }

        /** @return whether this call closed it */
        boolean close() {
            if (!open.compareAndSet(true, false)) {
                return false;
            }
            subscribers.remove(this);
            outbox.clear();
            sendLater();
            return true;
        }

        private void sendLater() {
            if (sending.compareAndSet(false, true)) {
                try {
                    senders.execute(this::send);
                } catch (RejectedExecutionException stopping) {
                    // The node is shutting down; the web server ends what is still open.
                    sending.set(false);
                }
            }
        }

        private void send() {
            boolean ended = false;
            try {
                for (Set<DataWithMediaType> message = outbox.poll(); message != null && open.get();
                     message = outbox.poll()) {
                    emitter.send(message);
                }
                if (!open.get()) {
                    ended = true;
                    emitter.complete();
                }
            } catch (IOException | RuntimeException gone) {
                // The client went away, or the stream completed meanwhile.
                ended = true;
                close();
            } finally {
                sending.set(false);
            }
            // Whatever was queued (or a close) while this task was finishing needs another run.
            if (!ended && (!open.get() || !outbox.isEmpty())) {
                sendLater();
            }
        }
    }
}
