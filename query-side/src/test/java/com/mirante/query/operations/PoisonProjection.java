package com.mirante.query.operations;

import com.mirante.api.hotel.HotelRegistered;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * A test-only projection (processing group {@value #PROCESSING_GROUP}) that fails on every hotel
 * whose name starts with "POISON" until it is cured, and remembers the hotels it handled.
 */
@ProcessingGroup(PoisonProjection.PROCESSING_GROUP)
class PoisonProjection {

    static final String PROCESSING_GROUP = "poison_test";

    private final List<String> handled = new CopyOnWriteArrayList<>();
    private final AtomicInteger resets = new AtomicInteger();
    private volatile boolean cured;

    @EventHandler
    void on(HotelRegistered event) {
        if (!cured && event.name().startsWith("POISON")) {
            throw new IllegalStateException("cannot project poisoned hotel " + event.hotelId());
        }
        handled.add(event.hotelId());
    }

    @ResetHandler
    void reset() {
        resets.incrementAndGet();
        handled.clear();
    }

    void cure() {
        cured = true;
    }

    List<String> handled() {
        return handled;
    }

    int resets() {
        return resets.get();
    }
}
