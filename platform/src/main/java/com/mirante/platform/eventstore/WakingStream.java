package com.mirante.platform.eventstore;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;

/**
 * One of Axon's tracking streams that accepts an on-available callback (see {@link WakingEventStore}).
 * Axon's pooled processor registers one when it opens the stream; the callback only schedules the
 * processor's coordinator, which then reads this stream on its own thread, so this stream is
 * never read by the thread that calls it.
 */
final class WakingStream implements TrackingEventStream {

    private final TrackingEventStream events;
    private final Set<Runnable> onAvailable;
    private volatile Runnable callback;

    WakingStream(TrackingEventStream events, Set<Runnable> onAvailable) {
        this.events = events;
        this.onAvailable = onAvailable;
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        Runnable previous = this.callback;
        if (previous != null) {
            onAvailable.remove(previous);
        }
        this.callback = callback;
        onAvailable.add(callback);
        return true;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return events.peek();
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        return events.hasNextAvailable(timeout, unit);
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        return events.nextAvailable();
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        events.skipMessagesWithPayloadTypeOf(ignoredMessage);
    }

    @Override
    public void close() {
        Runnable registered = callback;
        if (registered != null) {
            onAvailable.remove(registered);
        }
        events.close();
    }
}
