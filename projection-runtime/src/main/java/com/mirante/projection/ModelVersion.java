package com.mirante.projection;

import java.time.Instant;
import java.util.List;

/**
 * A query model as the registry knows it.
 *
 * @param version        the version its live tables were built with
 * @param tables         its live tables, in the runtime's schema
 * @param rebuildVersion the version being rebuilt beside them; null when no rebuild is under way
 * @param rebuildId      which request the rebuild under way answers (its time): a newer request
 *                       starts over with new tables and tokens
 * @param switchPending  the rebuild has caught up: every node stops the model's processors for the switch
 */
record ModelVersion(String model, int version, List<String> tables, Integer rebuildVersion, Instant rebuildId,
                    boolean switchPending) {

    boolean rebuilding() {
        return rebuildVersion != null;
    }
}
