package com.mirante.projection;

import com.mirante.projection.RebuildProcessors.RunningRebuild;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds of versioned query models, carried out by every node of the application through the registry
 * ({@link ModelVersions}), like the other processor operations:
 * <ol>
 * <li>A rebuild is requested (on demand, or by a node whose code declares a newer version than the
 * live tables'): new tables are prepared beside the live ones.</li>
 * <li>Every node whose code builds that version runs the rebuild's processor; they share its
 * segments. The live processor goes on serving and updating the live tables meanwhile.</li>
 * <li>Once the rebuild has reached the live processor's position, a switch is requested: every node
 * stops the model's processors, and the first node to see no claim left exchanges the tables and
 * hands the rebuild's tokens and dead letters to the live processor, in one transaction. Readers see
 * the old tables until that commit and the new ones after it, never older than the old ones were:
 * if the live processor got ahead meanwhile, the switch is called off and tried again.</li>
 * </ol>
 * A node never runs a live processor whose version differs from the live tables' (it claims no
 * segment, see {@link VersionGuard}): its code would write another version's rows into them.
 */
class Rebuilds {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);

    private final ModelVersions versions;
    private final RebuildTables tables;
    private final RebuildProcessors processors;
    private final ProcessorTokens tokens;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final ProcessorNode node;
    private final EventProcessingConfiguration processing;
    private final ProcessorOperations operations;
    private final VersionGuard guard;
    /** The version of each query model this node's code builds. */
    private final Map<String, Integer> declared;
    private final Map<String, RunningRebuild> running = new ConcurrentHashMap<>();
    /** Live processors this node stopped for a switch, started again after it. */
    private final Set<String> stoppedForSwitch = ConcurrentHashMap.newKeySet();

    Rebuilds(ModelVersions versions, RebuildTables tables, RebuildProcessors processors, ProcessorTokens tokens,
             TransactionTemplate transactions, JdbcClient jdbc, ProcessorNode node,
             EventProcessingConfiguration processing, ProcessorOperations operations, VersionGuard guard) {
        this.versions = versions;
        this.tables = tables;
        this.processors = processors;
        this.tokens = tokens;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.node = node;
        this.processing = processing;
        this.operations = operations;
        this.guard = guard;
        this.declared = guard.declared();
    }

    boolean versioned(String model) {
        return declared.containsKey(model);
    }

    /**
     * Requests a rebuild of the version this node's code builds.
     *
     * @return false when one is already under way
     */
    boolean request(String model) {
        Integer version = declared.get(model);
        if (version == null) {
            throw new IllegalArgumentException("Processor " + model + " builds no versioned query model");
        }
        return request(model, version);
    }

    private boolean request(String model, int version) {
        Boolean requested = transactions.execute(status -> {
            ModelVersion live = versions.lock(model).orElse(null);
            if (live == null || Objects.equals(live.rebuildVersion(), version)) {
                return false;
            }
            tables.prepare(live, version);
            forget(RebuildProcessors.nameOf(model));
            versions.rebuildRequested(model, version, node.id());
            return true;
        });
        if (Boolean.TRUE.equals(requested)) {
            log.info("Rebuild of query model {} at version {} requested", model, version);
        }
        return Boolean.TRUE.equals(requested);
    }

    /** The rebuild under way for a model, as the processors API shows it. */
    Optional<Rebuild> of(String model) {
        return Optional.ofNullable(versions.all().get(model)).filter(ModelVersion::rebuilding)
                .map(version -> new Rebuild(version.rebuildVersion(), RebuildProcessors.nameOf(model),
                        tokens.of(RebuildProcessors.nameOf(model)), Optional.ofNullable(running.get(model))
                        .map(rebuild -> rebuild.processor().processingStatus()).orElse(Map.of()),
                        version.switchPending()));
    }

    /** The processors of rebuilds under way (running on this node or elsewhere). */
    List<String> rebuildProcessorNames() {
        return versions.all().values().stream().filter(ModelVersion::rebuilding)
                .map(version -> RebuildProcessors.nameOf(version.model())).toList();
    }

    @Scheduled(fixedDelayString = "${mirante.processors.poll-interval:250ms}")
    void apply() {
        Map<String, ModelVersion> registry = versions.all();
        declared.forEach((model, version) -> {
            ModelVersion live = registry.get(model);
            if (live == null) {
                return;
            }
            try {
                apply(live, version);
            } catch (RuntimeException e) {
                log.warn("Could not carry on the rebuild of {}; retrying", model, e);
            }
        });
    }

    private void apply(ModelVersion live, int declaredVersion) {
        String model = live.model();
        guard.hold(model, live.version() != declaredVersion);
        if (live.version() < declaredVersion && !Objects.equals(live.rebuildVersion(), declaredVersion)) {
            request(model, declaredVersion);
            return;
        }
        if (live.switchPending()) {
            stopForSwitch(model);
            if (Objects.equals(live.rebuildVersion(), declaredVersion)) {
                switchOnceFree(model);
            }
            return;
        }
        if (stoppedForSwitch.remove(model) && !operations.of(model).map(ProcessorOperation::stopped).orElse(false)) {
            liveProcessor(model).ifPresent(StreamingEventProcessor::start);
        }
        if (!Objects.equals(live.rebuildVersion(), declaredVersion)) {
            stopRebuild(model);
            return;
        }
        RunningRebuild current = running.get(model);
        if (current != null && !current.request().equals(live.rebuildId())) {
            stopRebuild(model);
        }
        running.computeIfAbsent(model, m -> startRebuild(m, live.rebuildId()));
        if (caughtUp(model)) {
            versions.switchRequested(model);
        }
    }

    private RunningRebuild startRebuild(String model, Instant request) {
        RunningRebuild rebuild = processors.create(model, request, tables.rebuildSchema(model), tables.liveSchema());
        rebuild.processor().start();
        return rebuild;
    }

    private void stopRebuild(String model) {
        RunningRebuild rebuild = running.remove(model);
        if (rebuild != null) {
            rebuild.stop();
        }
    }

    /** The switch itself waits until neither processor holds a claim on any node. */
    private void stopForSwitch(String model) {
        stopRebuild(model);
        liveProcessor(model).filter(StreamingEventProcessor::isRunning).ifPresent(processor -> {
            processor.shutDown();
            stoppedForSwitch.add(model);
        });
    }

    /** The rebuilt tables are at least as fresh as the live ones. */
    private boolean caughtUp(String model) {
        List<StoredToken> rebuilt = tokens.of(RebuildProcessors.nameOf(model));
        return !rebuilt.isEmpty() && slowest(rebuilt) >= slowest(tokens.of(model));
    }

    private static long slowest(List<StoredToken> segments) {
        return segments.stream().mapToLong(StoredToken::position).min().orElse(-1);
    }

    /** Whichever node locks the row first switches, once no node claims a segment of either processor. */
    private void switchOnceFree(String model) {
        boolean switched = Boolean.TRUE.equals(transactions.execute(status -> {
            ModelVersion live = versions.lock(model).orElse(null);
            Instant now = Instant.now();
            if (live == null || !live.switchPending()
                    || claimed(model, now) || claimed(RebuildProcessors.nameOf(model), now)) {
                return false;
            }
            if (!caughtUp(model)) {
                versions.switchCalledOff(model);
                log.info("The live processor of {} got ahead of its rebuild before the switch: trying again", model);
                return false;
            }
            List<String> nowLive = tables.exchange(live);
            handOver(model);
            versions.switched(model, live.rebuildVersion(), nowLive);
            return true;
        }));
        if (switched) {
            transactions.executeWithoutResult(status -> tables.dropLeftovers(model));
            log.info("Query model {} switched to its rebuilt tables", model);
        }
    }

    private boolean claimed(String processorName, Instant now) {
        return tokens.of(processorName).stream().anyMatch(token -> token.claimedAt(now, node.claimTimeout()));
    }

    /** The live processor goes on from where the rebuild got to, with the rebuild's dead letters. */
    private void handOver(String model) {
        String rebuild = RebuildProcessors.nameOf(model);
        String schema = tables.liveSchema();
        jdbc.sql("DELETE FROM " + schema + ".token_entry WHERE processor_name = ?").param(model).update();
        jdbc.sql("UPDATE " + schema + ".token_entry SET processor_name = ?, owner = NULL WHERE processor_name = ?")
                .param(model).param(rebuild).update();
        jdbc.sql("DELETE FROM " + schema + ".dead_letter_entry WHERE processing_group = ?").param(model).update();
        jdbc.sql("UPDATE " + schema + ".dead_letter_entry SET processing_group = ? WHERE processing_group = ?")
                .param(model).param(rebuild).update();
    }

    /** What an earlier rebuild of the model left: its tokens and dead letters. */
    private void forget(String rebuildProcessor) {
        String schema = tables.liveSchema();
        jdbc.sql("DELETE FROM " + schema + ".token_entry WHERE processor_name = ?").param(rebuildProcessor).update();
        jdbc.sql("DELETE FROM " + schema + ".dead_letter_entry WHERE processing_group = ?")
                .param(rebuildProcessor).update();
    }

    private Optional<StreamingEventProcessor> liveProcessor(String model) {
        return processing.eventProcessor(model, StreamingEventProcessor.class);
    }

    /**
     * @param tokens        the rebuild processor's stored tokens, every node's
     * @param local         the live status of the segments this node's rebuild processor claims
     * @param switchPending caught up: the switch is about to happen
     */
    record Rebuild(int version, String processorName, List<StoredToken> tokens, Map<Integer, EventTrackerStatus> local,
                   boolean switchPending) {
    }
}
