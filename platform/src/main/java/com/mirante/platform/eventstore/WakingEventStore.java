package com.mirante.platform.eventstore;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * Axon's embedded event store whose tracking streams hear of new events at once rather than at
 * their next poll.
 *
 * <p>Two waits stood between an append and a pooled processor: the store's reader of the newest
 * events polls the database every fetch delay, and a pooled processor's coordinator that found
 * nothing new looks again after 500 ms unless its stream accepts an on-available callback, which
 * Axon's streams refuse. Here the reader is woken when events are appended, by this node (Axon's
 * own after-commit hook) or by another one ({@link AppendListener} hears the {@link AppendNotifier}
 * of the node that appended), and every open stream accepts the callback, which is called whenever
 * that reader has put new events in the cache the streams read from. A wake-up only makes the next
 * read come sooner: the reader and the streams read from their tracking tokens as before, gaps
 * and all, so no event is skipped. Polling stays as the fallback: the reader still polls every
 * fetch delay, and the callbacks are called at least every {@link #IDLE_RECHECK_MILLIS}, the
 * coordinator's own wait without them.
 */
final class WakingEventStore extends EmbeddedEventStore {

    static final long IDLE_RECHECK_MILLIS = 500;

    private final Set<Runnable> onAvailable = ConcurrentHashMap.newKeySet();
    private final AppendNotifier notifier;
    private final AppendListener listener;
    private final EventStorageEngine engine;
    private final AtomicBoolean tracking = new AtomicBoolean();
    private final ScheduledExecutorService recheck = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "event-store-recheck");
        thread.setDaemon(true);
        return thread;
    });

    WakingEventStore(Builder builder, AppendNotifier notifier, AppendListener listener) {
        super(builder);
        this.notifier = notifier;
        this.listener = listener;
        this.engine = new TailReadWatch(super.storageEngine(), this::eventsAvailable);
    }

    /** The store's reads of the newest events go through the watch, which says when they brought some. */
    @Override
    protected EventStorageEngine storageEngine() {
        return engine;
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        if (tracking.compareAndSet(false, true)) {
            // Only a node that tracks the store listens: one connection, and only where it serves.
            listener.start(this::wakeUp);
            recheck.scheduleWithFixedDelay(this::eventsAvailable, IDLE_RECHECK_MILLIS, IDLE_RECHECK_MILLIS,
                    TimeUnit.MILLISECONDS);
        }
        return new WakingStream(super.openStream(trackingToken), onAvailable);
    }

    /** Events of this node were committed: Axon wakes the reader of this node, the notifier the others. */
    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
        notifier.appended();
    }

    /** Events were appended elsewhere: the reader of the newest events reads now instead of at its next poll. */
    void wakeUp() {
        super.afterCommit(List.of());
    }

    private void eventsAvailable() {
        onAvailable.forEach(Runnable::run);
    }

    @Override
    public void shutDown() {
        recheck.shutdownNow();
        listener.close();
        notifier.close();
        super.shutDown();
    }
}
