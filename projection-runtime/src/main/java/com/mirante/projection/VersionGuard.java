package com.mirante.projection;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * The version of each query model this node's code builds ({@link QueryModelVersion} on its
 * projection), and which live processors must claim no segment here because the live tables were
 * built with another version: this node's code would write another version's rows into them.
 * Axon asks it before each claim, from the very start (before any poll could stop the processor);
 * {@link Rebuilds} keeps it up to date as the registry changes. It needs nothing of Axon, so Axon's
 * configuration can take it while being built.
 */
class VersionGuard {

    private static final Logger log = LoggerFactory.getLogger(VersionGuard.class);

    private final Map<String, Integer> declared;
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    VersionGuard(ModelVersions versions, ListableBeanFactory beans) {
        this.declared = declaredVersions(beans);
        Map<String, ModelVersion> live = versions.all();
        declared.forEach((model, version) -> {
            ModelVersion registered = live.get(model);
            if (registered == null) {
                throw new IllegalStateException("Query model " + model + " is not in query_model_version:"
                        + " the migration that creates its tables must register it at version 1");
            }
            hold(model, registered.version() != version);
        });
    }

    private static Map<String, Integer> declaredVersions(ListableBeanFactory beans) {
        Map<String, Integer> declared = new HashMap<>();
        for (String bean : beans.getBeanNamesForAnnotation(QueryModelVersion.class)) {
            ProcessingGroup group = beans.findAnnotationOnBean(bean, ProcessingGroup.class);
            if (group == null) {
                throw new IllegalStateException("Bean " + bean + " declares a query model version but no processing group");
            }
            declared.put(group.value(), beans.findAnnotationOnBean(bean, QueryModelVersion.class).value());
        }
        return Map.copyOf(declared);
    }

    /** Model to version, for every versioned model of this node's code. */
    Map<String, Integer> declared() {
        return declared;
    }

    /** The most segments a live processor may claim on this node (Axon asks before each claim). */
    int maxSegments(String processorName) {
        return held.contains(processorName) ? 0 : Short.MAX_VALUE;
    }

    void hold(String model, boolean hold) {
        if (hold && held.add(model)) {
            log.warn("This node builds another version of query model {} than its live tables: its live processor"
                    + " claims nothing here until they match", model);
        } else if (!hold) {
            held.remove(model);
        }
    }
}
