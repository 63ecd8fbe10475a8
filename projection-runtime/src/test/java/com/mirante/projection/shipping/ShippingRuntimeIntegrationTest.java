package com.mirante.projection.shipping;

import static com.mirante.projection.shipping.Shipments.parcels;
import static com.mirante.projection.shipping.Shipments.ship;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.projection.DeadLetterPage;
import com.mirante.projection.DeadLetterView;
import com.mirante.projection.OperationRefusedException;
import com.mirante.projection.ProcessorNotFoundException;
import com.mirante.projection.ProcessorState;
import com.mirante.projection.ProcessorView;
import com.mirante.projection.Processors;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The projection runtime in an application of its own (one context, one database for every test
 * here): status, pause and resume, replay, dead letters, and versioned rebuilds, on demand and
 * because the code builds a newer version than the live table, through the runtime's Java API.
 */
@SpringBootTest(classes = ShippingApplication.class, properties = "mirante.query.node-id=" + ShippingRuntimeIntegrationTest.NODE)
class ShippingRuntimeIntegrationTest {

    static final String NODE = "shipping-node";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String DATABASE = EmbeddedDatabases.create("runtime_shipping");

    @Autowired
    private Processors processors;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private ParcelsProjection parcels;
    @Autowired
    private LabelsProjection labels;
    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
    }

    private boolean caughtUp(String processor) {
        ProcessorView view = processors.get(processor);
        return view.lagEvents() == 0 && view.segments().stream().allMatch(segment -> segment.position() > 0);
    }

    private boolean schemaExists(String schema) {
        return jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname = ?").param(schema)
                .query(Integer.class).single() == 1;
    }

    private int liveVersion() {
        return jdbc.sql("SELECT version FROM shipping.query_model_version WHERE model = 'parcels'")
                .query(Integer.class).single();
    }

    private boolean switched() {
        return jdbc.sql("SELECT switched_at IS NOT NULL AND rebuild_version IS NULL FROM shipping.query_model_version"
                + " WHERE model = 'parcels'").query(Boolean.class).single();
    }

    @Test
    void showsEachProcessorsSegmentsOwnersAndLagAndWritesOncePerBatch() {
        int before = parcels(jdbc);
        int batches = parcels.batchesWritten();
        ship(eventStore, "ST", 40, "Lisboa");
        await().atMost(WAIT).until(() -> parcels(jdbc) == before + 40 && caughtUp("parcels"));

        ProcessorView view = processors.get("parcels");
        assertThat(view.mode()).isEqualTo("pooled");
        assertThat(view.state()).isEqualTo(ProcessorState.RUNNING);
        assertThat(view.segments()).hasSize(2).allSatisfy(segment -> {
            assertThat(segment.owner()).isEqualTo(NODE);
            assertThat(segment.position()).isEqualTo(view.headPosition());
        });
        assertThat(processors.all()).extracting(ProcessorView::name).contains("parcels", "labels");
        assertThat(parcels.batchesWritten() - batches).isPositive().isLessThan(40);
        assertThatThrownBy(() -> processors.get("nothing")).isInstanceOf(ProcessorNotFoundException.class);
        assertThatThrownBy(() -> processors.rebuild("labels")).isInstanceOf(OperationRefusedException.class);
    }

    @Test
    void pausesAndResumesThroughTheOperationsTable() {
        StreamingEventProcessor processor = processing.eventProcessor(LabelsProjection.GROUP,
                StreamingEventProcessor.class).orElseThrow();
        assertThat(processors.pause(LabelsProjection.GROUP).state()).isEqualTo(ProcessorState.PAUSED);
        await().atMost(WAIT).until(() -> !processor.isRunning());

        ship(eventStore, "PAU", 1, "Porto");
        await().atMost(WAIT).until(() -> processors.get(LabelsProjection.GROUP).lagEvents() >= 1);
        assertThat(labels.handled()).doesNotContain("PAU0");

        processors.resume(LabelsProjection.GROUP);
        await().atMost(WAIT).until(() -> labels.handled().contains("PAU0"));
        assertThat(processors.get(LabelsProjection.GROUP).state()).isEqualTo(ProcessorState.RUNNING);
    }

    @Test
    void replaysByResettingTheTokensAndRunningTheResetHandler() {
        ship(eventStore, "RPL", 1, "Braga");
        await().atMost(WAIT).until(() -> labels.handled().contains("RPL0"));
        int resets = labels.resets();

        processors.replay(LabelsProjection.GROUP);
        await().atMost(WAIT).until(() -> labels.resets() == resets + 1);
        await().atMost(WAIT).until(() -> labels.handled().contains("RPL0")
                && processors.get(LabelsProjection.GROUP).state() == ProcessorState.RUNNING);
        assertThat(jdbc.sql("SELECT replay_completed_by FROM shipping.processor_operation WHERE processor_name = ?")
                .param(LabelsProjection.GROUP).query(String.class).single()).isEqualTo(NODE);
    }

    @Test
    void aFailingEventWaitsAsADeadLetterWhileTheProjectionGoesOn() {
        ship(eventStore, "DLQ-POISON", 1, "POISON");
        ship(eventStore, "DLQ-FINE", 1, "Faro");
        await().atMost(WAIT).until(() -> labels.handled().contains("DLQ-FINE0"));

        DeadLetterPage page = processors.deadLetters(LabelsProjection.GROUP, 0, 10);
        assertThat(page.total()).isEqualTo(1);
        DeadLetterView letter = page.items().get(0);
        assertThat(letter.causeMessage()).isEqualTo("cannot label parcel DLQ-POISON0");
        assertThat(letter.eventType()).isEqualTo(ParcelShipped.class.getName());
        assertThat(processors.get(LabelsProjection.GROUP).deadLetters()).isEqualTo(1);

        assertThat(processors.retryDeadLetter(LabelsProjection.GROUP, UUID.fromString(letter.id()))).isFalse();
        assertThat(processors.deadLetterCount(LabelsProjection.GROUP)).isEqualTo(1);
        assertThatThrownBy(() -> processors.evictDeadLetter(LabelsProjection.GROUP, UUID.randomUUID()))
                .isInstanceOf(ProcessorNotFoundException.class);

        labels.cure();
        assertThat(processors.retryDeadLetters(LabelsProjection.GROUP)).isEqualTo(1);
        assertThat(processors.deadLetterCount(LabelsProjection.GROUP)).isZero();
        assertThat(labels.handled()).contains("DLQ-POISON0");
    }

    @Test
    void rebuildsBesideTheLiveTableWhichServesInFullUntilTheSwitch() throws Exception {
        ship(eventStore, "RB", 300, "Recife");
        await().atMost(WAIT).until(() -> caughtUp("parcels"));
        int shipped = parcels(jdbc);
        int liveWrites = parcels.liveWrites();
        int rebuildWrites = parcels.rebuildWrites();

        // Readers all along the rebuild: never fewer parcels than the live table had.
        AtomicBoolean reading = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Integer> seen = new ConcurrentLinkedQueue<>();
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                seen.add(parcels(jdbc));
            }
        });
        reader.start();
        try {
            ProcessorView accepted = processors.rebuild(ParcelsProjection.MODEL);
            assertThat(accepted.state()).isEqualTo(ProcessorState.REBUILDING);
            assertThat(accepted.rebuild().version()).isEqualTo(1);
            assertThatThrownBy(() -> processors.rebuild(ParcelsProjection.MODEL))
                    .isInstanceOf(OperationRefusedException.class);
            await().atMost(WAIT).until(() -> switched() && processors.get(ParcelsProjection.MODEL).rebuild() == null
                    && processors.get(ParcelsProjection.MODEL).state() == ProcessorState.RUNNING);
        } finally {
            reading.set(false);
            reader.join();
        }
        assertThat(seen).isNotEmpty().allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(shipped));
        assertThat(parcels(jdbc)).isEqualTo(shipped);
        // The rebuild's handlers knew they worked for it; the live processor wrote nothing meanwhile.
        assertThat(parcels.rebuildWrites() - rebuildWrites).isGreaterThanOrEqualTo(shipped);
        assertThat(parcels.liveWrites()).isEqualTo(liveWrites);
        // The switching node drops what the switch left once it has committed.
        await().atMost(WAIT).until(() -> !schemaExists("shipping_rebuild_parcels")
                && !schemaExists("shipping_retired_parcels"));
        assertThat(jdbc.sql("SELECT count(*) FROM shipping.token_entry WHERE processor_name = 'parcels:rebuild'")
                .query(Integer.class).single()).isZero();

        // After the switch the live processor carries on in the new table, from the rebuild's position.
        ship(eventStore, "AFTER-RB", 1, "Natal");
        await().atMost(WAIT).until(() -> parcels(jdbc) == shipped + 1);
        assertThat(parcels.liveWrites()).isEqualTo(liveWrites + 1);
    }

    @Test
    void rebuildsWhenTheCodeBuildsANewerVersionThanTheLiveTable() {
        ship(eventStore, "UPG", 3, "Olinda");
        await().atMost(WAIT).until(() -> caughtUp("parcels"));
        int shipped = parcels(jdbc);

        // As if the live table had been built by version 0 of the model, and the code builds version 1.
        jdbc.sql("UPDATE shipping.query_model_version SET version = 0 WHERE model = 'parcels'").update();
        await().atMost(WAIT).until(() -> liveVersion() == 1 && switched());

        // The version's script ran on the new table, which holds every parcel.
        assertThat(jdbc.sql("SELECT count(*) FROM shipping.parcels WHERE built_by_version_1")
                .query(Integer.class).single()).isEqualTo(shipped);
        await().atMost(WAIT).until(() -> !schemaExists("shipping_rebuild_parcels"));
    }
}
