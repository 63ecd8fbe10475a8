package com.mirante.projection.shipping;

import static com.mirante.projection.shipping.Shipments.parcels;
import static com.mirante.projection.shipping.Shipments.ship;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.projection.ProcessorState;
import com.mirante.projection.ProcessorView;
import com.mirante.projection.Processors;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes of the shipping application (two Spring contexts) on one PostgreSQL. They share the
 * parcels processor's two segments; a replay requested on node-b is carried out with both nodes
 * stopping and starting by themselves, and so is a rebuild requested on node-a; once node-b is
 * gone, node-a takes its segment and the table stays right.
 */
class TwoNodesIntegrationTest {

    private static final String MODEL = ParcelsProjection.MODEL;
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static ConfigurableApplicationContext start(String database, String node) {
        return new SpringApplicationBuilder(ShippingApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + database, "mirante.query.node-id=" + node,
                        "axon.eventhandling.tokenstore.claim-timeout=3s",
                        "axon.eventhandling.processors." + MODEL + ".token-claim-interval=300")
                .run();
    }

    @Test
    void twoNodesShareSegmentsReplayAndRebuildTogetherAndOneCarriesOnAlone() {
        String database = EmbeddedDatabases.create("runtime_two_nodes");
        try (ConfigurableApplicationContext nodeA = start(database, "node-a")) {
            Processors processorsA = nodeA.getBean(Processors.class);
            StreamingEventProcessor processorA = nodeA.getBean(EventProcessingConfiguration.class)
                    .eventProcessor(MODEL, StreamingEventProcessor.class).orElseThrow();
            EventStore eventStore = nodeA.getBean(EventStore.class);
            JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
            await().atMost(WAIT).until(() -> owners(processorsA).equals(List.of("node-a", "node-a")));

            try (ConfigurableApplicationContext nodeB = start(database, "node-b")) {
                Processors processorsB = nodeB.getBean(Processors.class);
                StreamingEventProcessor processorB = nodeB.getBean(EventProcessingConfiguration.class)
                        .eventProcessor(MODEL, StreamingEventProcessor.class).orElseThrow();
                shareSegments(processorA, processorsA);

                ship(eventStore, "TWO", 100, "Salvador");
                await().atMost(WAIT).until(() -> parcels(jdbc) == 100 && caughtUp(processorsA));

                // A row no event made: only a reset (the projection's reset handler) removes it.
                jdbc.sql("INSERT INTO shipping.parcels (parcel_id, destination) VALUES ('STRAY', 'nowhere')").update();
                processorsB.replay(MODEL);
                await().atMost(WAIT).until(() -> jdbc.sql("SELECT replay_completed_at IS NOT NULL"
                                + " FROM shipping.processor_operation WHERE processor_name = ?").param(MODEL)
                        .query(Boolean.class).single());
                await().atMost(WAIT).until(() -> parcels(jdbc) == 100 && caughtUp(processorsA)
                        && processorsA.get(MODEL).state() == ProcessorState.RUNNING);
                await().atMost(WAIT).until(() -> processorA.isRunning() && processorB.isRunning());

                // A rebuild requested on node-a: both nodes stop for the switch and start again on the new table.
                processorsA.rebuild(MODEL);
                await().atMost(WAIT).until(() -> jdbc.sql("SELECT switched_at IS NOT NULL AND rebuild_version IS NULL"
                        + " FROM shipping.query_model_version WHERE model = ?").param(MODEL)
                        .query(Boolean.class).single());
                await().atMost(WAIT).until(() -> parcels(jdbc) == 100 && caughtUp(processorsA)
                        && processorA.isRunning() && processorB.isRunning()
                        && processorsB.get(MODEL).state() == ProcessorState.RUNNING);

                shareSegments(processorA, processorsA);
                ship(eventStore, "MORE", 50, "Belem");
            }
            // node-b is gone: node-a claims both segments and carries on alone.
            await().atMost(WAIT).until(() -> owners(processorsA).equals(List.of("node-a", "node-a")));
            await().atMost(WAIT).until(() -> parcels(jdbc) == 150 && caughtUp(processorsA));
        }
    }

    /** Pooled processors do not balance by themselves: node-a lets go of segment 1 until node-b takes it. */
    private static void shareSegments(StreamingEventProcessor processorA, Processors processorsA) {
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(2)).until(() -> {
            if (new HashSet<>(owners(processorsA)).equals(Set.of("node-a", "node-b"))) {
                return true;
            }
            processorA.releaseSegment(1);
            return false;
        });
    }

    private static List<String> owners(Processors processors) {
        return processors.get(MODEL).segments().stream().map(ProcessorView.SegmentView::owner).toList();
    }

    private static boolean caughtUp(Processors processors) {
        ProcessorView view = processors.get(MODEL);
        return view.lagEvents() == 0 && view.headPosition() > 0;
    }
}
