package com.mirante.platform.eventstore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * The storage engine as {@link WakingEventStore} reads it: every call goes to the engine, and the
 * store's reader of the newest events says so after each event it took. Axon's embedded store reads
 * with {@code mayBlock} true only there, on the one thread that fills the cache its streams tail (a
 * stream catching up reads on its own, with false). That reader puts each event in the cache while
 * it is handed the event, so when the hand-over returns the event is there for a stream woken then.
 */
final class TailReadWatch implements EventStorageEngine {

    private final EventStorageEngine engine;
    private final Runnable afterEachTailEvent;

    TailReadWatch(EventStorageEngine engine, Runnable afterEachTailEvent) {
        this.engine = engine;
        this.afterEachTailEvent = afterEachTailEvent;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(trackingToken, mayBlock);
        if (!mayBlock) {
            return events;
        }
        Spliterator<? extends TrackedEventMessage<?>> read = events.spliterator();
        Spliterator<TrackedEventMessage<?>> watched =
                new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
                    @Override
                    public boolean tryAdvance(Consumer<? super TrackedEventMessage<?>> action) {
                        if (!read.tryAdvance(action)) {
                            return false;
                        }
                        afterEachTailEvent.run();
                        return true;
                    }
                };
        return StreamSupport.stream(watched, false).onClose(events::close);
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        engine.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        engine.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return engine.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return engine.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return engine.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return engine.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return engine.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return engine.createTokenAt(dateTime);
    }
}
