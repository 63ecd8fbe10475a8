package com.mirante.projection.shipping;

import com.mirante.projection.ProjectionBatch;
import com.mirante.projection.QueryModelVersion;
import com.mirante.projection.RebuildContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The parcels query model (table {@code parcels}), versioned: a rebuild builds it again beside the
 * live table. Written once per batch; counts its writes, and what it wrote for a rebuild and live.
 */
@Component
@ProcessingGroup(ParcelsProjection.MODEL)
@QueryModelVersion(1)
class ParcelsProjection {

    static final String MODEL = "parcels";
    private static final String BATCH = ParcelsProjection.class.getName() + ".batch";

    private final JdbcClient jdbc;
    private final AtomicInteger batchesWritten = new AtomicInteger();
    private final AtomicInteger liveWrites = new AtomicInteger();
    private final AtomicInteger rebuildWrites = new AtomicInteger();

    ParcelsProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ParcelShipped event) {
        batch().put(event.parcelId(), event.destination());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM parcels").update();
    }

    private Map<String, String> batch() {
        return ProjectionBatch.current(BATCH, LinkedHashMap::new, this::write);
    }

    /** Unqualified: a rebuild's transaction finds its own table first. */
    private void write(Map<String, String> parcels) {
        parcels.forEach((parcelId, destination) -> jdbc.sql("INSERT INTO parcels (parcel_id, destination)"
                        + " VALUES (?, ?) ON CONFLICT (parcel_id) DO UPDATE SET destination = excluded.destination")
                .param(parcelId).param(destination).update());
        batchesWritten.incrementAndGet();
        (RebuildContext.active() ? rebuildWrites : liveWrites).addAndGet(parcels.size());
    }

    int batchesWritten() {
        return batchesWritten.get();
    }

    int liveWrites() {
        return liveWrites.get();
    }

    int rebuildWrites() {
        return rebuildWrites.get();
    }
}
