package com.mirante.projection;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dead letters of each processing group. Retries and evictions go through Axon's queue and
 * dead-letter processor: a retry runs the group's own handlers again in the queue's order, and a
 * letter that fails again goes back to its place with the new cause. Listing reads a page of
 * Axon's table directly (the queue can only be walked from its start, deserializing every event),
 * oldest first: a letter keeps its place when retried.
 */
class DeadLetters {

    private static final String PAGE = """
            SELECT dead_letter_id, sequence_identifier, sequence_index, event_identifier, payload_type,
                   aggregate_identifier, enqueued_at, last_touched, cause_type, cause_message
            FROM %s WHERE processing_group = :group
            ORDER BY enqueued_at, sequence_identifier, sequence_index
            LIMIT :size OFFSET :offset""";

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final String table;

    DeadLetters(EventProcessingConfiguration processing, JdbcClient jdbc, DeadLetterSchema schema) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.table = schema.deadLetterTable();
    }

    DeadLetterPage page(String processingGroup, int page, int size) {
        long total = count(processingGroup);
        List<DeadLetterView> letters = jdbc.sql(PAGE.formatted(table))
                .param("group", processingGroup).param("size", size).param("offset", (long) page * size)
                .query((row, number) -> new DeadLetterView(row.getString("dead_letter_id"),
                        row.getString("sequence_identifier"), row.getLong("sequence_index"),
                        row.getString("event_identifier"), row.getString("payload_type"),
                        row.getString("aggregate_identifier"), DateTimeUtils.parseInstant(row.getString("enqueued_at")),
                        row.getString("last_touched") == null ? null
                                : DateTimeUtils.parseInstant(row.getString("last_touched")),
                        row.getString("cause_type"), row.getString("cause_message")))
                .list();
        return new DeadLetterPage(letters, page, size, total);
    }

    long count(String processingGroup) {
        return queue(processingGroup).size();
    }

    /** Retries every sequence once; returns how many came through. */
    int retryAll(String processingGroup) {
        List<String> sequences = jdbc.sql("SELECT DISTINCT sequence_identifier FROM " + table
                        + " WHERE processing_group = :group")
                .param("group", processingGroup).query(String.class).list();
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processor(processingGroup);
        return (int) sequences.stream()
                .filter(sequence -> processor.process(first -> sequence.equals(stored(first).getSequenceIdentifier())))
                .count();
    }

    /**
     * Retries the letter's sequence from its first letter on: a later letter cannot go before the
     * ones queued ahead of it.
     */
    boolean retry(String processingGroup, UUID letterId) {
        String sequence = sequenceOf(processingGroup, letterId);
        return processor(processingGroup).process(first -> sequence.equals(stored(first).getSequenceIdentifier()));
    }

    void evict(String processingGroup, UUID letterId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processingGroup);
        String id = letterId.toString();
        DeadLetter<? extends EventMessage<?>> letter = StreamSupport.stream(
                        queue.deadLetterSequence(sequenceOf(processingGroup, letterId)).spliterator(), false)
                .filter(candidate -> stored(candidate).getIdentifier().equals(id))
                .findFirst()
                .orElseThrow(() -> notFound(processingGroup, letterId));
        queue.evict(letter);
    }

    private String sequenceOf(String processingGroup, UUID letterId) {
        return jdbc.sql("SELECT sequence_identifier FROM " + table
                        + " WHERE processing_group = :group AND dead_letter_id = :id")
                .param("group", processingGroup).param("id", letterId.toString())
                .query(String.class).optional()
                .orElseThrow(() -> notFound(processingGroup, letterId));
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processingGroup) {
        return processing.deadLetterQueue(processingGroup)
                .orElseThrow(() -> new ProcessorNotFoundException("No dead-letter queue for processor " + processingGroup));
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> processor(String processingGroup) {
        return processing.sequencedDeadLetterProcessor(processingGroup)
                .orElseThrow(() -> new ProcessorNotFoundException("No dead-letter queue for processor " + processingGroup));
    }

    private static ProcessorNotFoundException notFound(String processingGroup, UUID letterId) {
        return new ProcessorNotFoundException("No dead letter " + letterId + " in " + processingGroup);
    }

    private static JdbcDeadLetter<?> stored(DeadLetter<?> letter) {
        return (JdbcDeadLetter<?>) letter;
    }
}
