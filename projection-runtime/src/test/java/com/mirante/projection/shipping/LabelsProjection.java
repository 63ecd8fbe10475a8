package com.mirante.projection.shipping;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * A projection with no version, kept in memory: it fails on every parcel bound for "POISON" until
 * cured, and remembers the parcels it handled and how often it was reset.
 */
@Component
@ProcessingGroup(LabelsProjection.GROUP)
class LabelsProjection {

    static final String GROUP = "labels";

    private final List<String> handled = new CopyOnWriteArrayList<>();
    private final AtomicInteger resets = new AtomicInteger();
    private volatile boolean cured;

    @EventHandler
    void on(ParcelShipped event) {
        if (!cured && event.destination().equals("POISON")) {
            throw new IllegalStateException("cannot label parcel " + event.parcelId());
        }
        handled.add(event.parcelId());
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
