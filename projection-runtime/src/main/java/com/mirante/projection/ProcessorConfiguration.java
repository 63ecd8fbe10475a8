package com.mirante.projection;

import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * What every pooled processor gets on top of its settings. It asks {@link Rebuilds} how many
 * segments it may claim on this node, so a node whose code builds another version of a model than
 * its live tables' claims none of them, from the very start (before any poll could stop the
 * processor). Its coordinator runs on a {@link CoordinatorExecutor}.
 */
@Configuration(proxyBeanMethods = false)
class ProcessorConfiguration {

    @Autowired
    void configureProcessors(EventProcessingConfigurer configurer, @Lazy Rebuilds rebuilds) {
        configurer.registerPooledStreamingEventProcessorConfiguration(
                (configuration, builder) -> builder
                        .maxSegmentProvider(rebuilds::maxSegments)
                        .coordinatorExecutor(name -> {
                            ScheduledExecutorService coordinator =
                                    new CoordinatorExecutor(new AxonThreadFactory("Coordinator[" + name + "]"));
                            configuration.onShutdown(coordinator::shutdown);
                            return coordinator;
                        }));
    }
}
