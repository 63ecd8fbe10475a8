package com.mirante.projection;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pause, resume and replay across every node of the application. A request only writes the wish into
 * {@code processor_operation}; each node polls the table and stops or starts its own processor to
 * match. A replay keeps the processor stopped everywhere until one node (whichever locks the row
 * first) sees no live claim left, resets the tokens (running the projection's reset handler) and
 * records the completion in the same transaction; every node then starts again and they share the
 * reset segments, as does any node that starts meanwhile.
 */
class ProcessorOperations {

    private static final Logger log = LoggerFactory.getLogger(ProcessorOperations.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final EventProcessingConfiguration processing;
    private final ProcessorTokens tokens;
    private final ProcessorNode node;
    private final String table;
    /** Whether this node last stopped (true) or started (false) each processor on request. */
    private final Map<String, Boolean> applied = new ConcurrentHashMap<>();

    ProcessorOperations(JdbcClient jdbc, TransactionTemplate transactions, EventProcessingConfiguration processing,
                        ProcessorTokens tokens, ProcessorNode node, @Value("${spring.flyway.schemas}") String schema) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.processing = processing;
        this.tokens = tokens;
        this.node = node;
        this.table = schema + ".processor_operation";
    }

    void pause(String processorName) {
        jdbc.sql("INSERT INTO " + table + " (processor_name, paused) VALUES (?, TRUE)"
                        + " ON CONFLICT (processor_name) DO UPDATE SET paused = TRUE, updated_at = now()")
                .param(processorName).update();
    }

    void resume(String processorName) {
        jdbc.sql("INSERT INTO " + table + " (processor_name, paused) VALUES (?, FALSE)"
                        + " ON CONFLICT (processor_name) DO UPDATE SET paused = FALSE, updated_at = now()")
                .param(processorName).update();
    }

    /** A replay already pending is not requested again: one reset serves both requests. */
    void replay(String processorName) {
        jdbc.sql("INSERT INTO " + table + " AS op (processor_name, replay_requested_at, replay_requested_by)"
                        + " VALUES (:name, now(), :node) ON CONFLICT (processor_name) DO UPDATE"
                        + " SET replay_requested_at = now(), replay_requested_by = :node, replay_completed_at = NULL,"
                        + " replay_completed_by = NULL, updated_at = now()"
                        + " WHERE op.replay_requested_at IS NULL OR op.replay_completed_at IS NOT NULL")
                .param("name", processorName).param("node", node.id()).update();
    }

    Optional<ProcessorOperation> of(String processorName) {
        return Optional.ofNullable(all().get(processorName));
    }

    Map<String, ProcessorOperation> all() {
        return jdbc.sql("SELECT processor_name, paused,"
                        + " replay_requested_at IS NOT NULL AND replay_completed_at IS NULL AS replay_pending FROM " + table)
                .query((row, n) -> new ProcessorOperation(row.getString("processor_name"), row.getBoolean("paused"),
                        row.getBoolean("replay_pending")))
                .list().stream()
                .collect(Collectors.toMap(ProcessorOperation::processorName, op -> op));
    }

    /**
     * Acts only when the wish changes (or a replay is pending), so a processor stopped or started
     * by other means on this node is left alone otherwise.
     */
    @Scheduled(fixedDelayString = "${mirante.processors.poll-interval:250ms}")
    void apply() {
        all().values().forEach(operation -> processing.eventProcessor(operation.processorName(),
                StreamingEventProcessor.class).ifPresent(processor -> {
            try {
                apply(operation, processor);
            } catch (RuntimeException e) {
                log.warn("Could not apply the operation on processor {}; retrying", operation.processorName(), e);
            }
        }));
    }

    private void apply(ProcessorOperation operation, StreamingEventProcessor processor) {
        Boolean stoppedBefore = applied.get(operation.processorName());
        boolean changed = stoppedBefore == null || stoppedBefore != operation.stopped();
        if (operation.stopped() && processor.isRunning() && (changed || operation.replayPending())) {
            processor.shutDown();
        } else if (!operation.stopped() && changed && !processor.isRunning()) {
            processor.start();
        }
        applied.put(operation.processorName(), operation.stopped());
        if (operation.replayPending() && !processor.isRunning()) {
            resetOnceFree(operation.processorName(), processor);
        }
    }

    private void resetOnceFree(String processorName, StreamingEventProcessor processor) {
        transactions.executeWithoutResult(status -> {
            boolean locked = jdbc.sql("SELECT processor_name FROM " + table + " WHERE processor_name = ?"
                            + " AND replay_requested_at IS NOT NULL AND replay_completed_at IS NULL"
                            + " FOR UPDATE SKIP LOCKED")
                    .param(processorName).query(String.class).optional().isPresent();
            Instant now = Instant.now();
            if (!locked || tokens.of(processorName).stream().anyMatch(t -> t.claimedAt(now, node.claimTimeout()))) {
                return;
            }
            processor.resetTokens();
            jdbc.sql("UPDATE " + table + " SET replay_completed_at = now(), replay_completed_by = ?, updated_at = now()"
                    + " WHERE processor_name = ?").param(node.id()).param(processorName).update();
            log.info("Processor {} reset for its replay", processorName);
        });
    }
}
