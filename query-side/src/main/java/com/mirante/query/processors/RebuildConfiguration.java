package com.mirante.query.processors;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Every pooled processor asks {@link Rebuilds} how many segments it may claim on this node, so a
 * node whose code builds another version of a model than its live tables' claims none of them,
 * from the very start (before any poll could stop the processor).
 */
@Configuration(proxyBeanMethods = false)
class RebuildConfiguration {

    @Autowired
    void holdOutdatedModels(EventProcessingConfigurer configurer, @Lazy Rebuilds rebuilds) {
        configurer.registerPooledStreamingEventProcessorConfiguration(
                (configuration, builder) -> builder.maxSegmentProvider(rebuilds::maxSegments));
    }
}
