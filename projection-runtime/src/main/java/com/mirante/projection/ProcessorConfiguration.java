package com.mirante.projection;

import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every pooled processor gets on top of its settings: it asks the {@link VersionGuard} how
 * many segments it may claim on this node, and its coordinator runs on a {@link CoordinatorExecutor}.
 * A configurer module Axon applies while building its configuration; the guard it needs depends on
 * nothing of Axon, so nothing here waits for Axon's configuration to exist.
 */
@Configuration(proxyBeanMethods = false)
class ProcessorConfiguration {

    @Bean
    VersionGuard versionGuard(ModelVersions versions, ListableBeanFactory beans) {
        return new VersionGuard(versions, beans);
    }

    @Bean
    ConfigurerModule pooledProcessors(VersionGuard guard) {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerPooledStreamingEventProcessorConfiguration((configuration, builder) -> builder
                        .maxSegmentProvider(guard::maxSegments)
                        .coordinatorExecutor(name -> {
                            ScheduledExecutorService coordinator =
                                    new CoordinatorExecutor(new AxonThreadFactory("Coordinator[" + name + "]"));
                            configuration.onShutdown(coordinator::shutdown);
                            return coordinator;
                        })));
    }
}
