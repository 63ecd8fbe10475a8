package com.mirante.query.processors;

import com.mirante.query.web.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

/**
 * The dead letters of each processing group, through Axon's queue and dead-letter processor: a
 * retry runs the group's own handlers again in the queue's order, and a letter that fails again
 * goes back to its place with the new cause.
 */
@Component
class DeadLetters {

    private final EventProcessingConfiguration processing;

    DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    List<DeadLetterView> list(String processingGroup) {
        List<DeadLetterView> views = new ArrayList<>();
        queue(processingGroup).deadLetters().forEach(sequence -> sequence.forEach(letter -> views.add(view(letter))));
        return views;
    }

    /** Retries every sequence once; returns how many came through. */
    int retryAll(String processingGroup) {
        List<String> sequences = new ArrayList<>();
        queue(processingGroup).deadLetters().forEach(sequence -> sequence.forEach(letter -> {
            String id = jdbc(letter).getSequenceIdentifier();
            if (!sequences.contains(id)) {
                sequences.add(id);
            }
        }));
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processor(processingGroup);
        return (int) sequences.stream()
                .filter(sequence -> processor.process(first -> sequence.equals(jdbc(first).getSequenceIdentifier())))
                .count();
    }

    /**
     * Retries the letter's sequence from its first letter on: a later letter cannot go before the
     * ones queued ahead of it.
     */
    boolean retry(String processingGroup, String letterId) {
        String sequence = jdbc(find(processingGroup, letterId)).getSequenceIdentifier();
        return processor(processingGroup).process(first -> sequence.equals(jdbc(first).getSequenceIdentifier()));
    }

    void evict(String processingGroup, String letterId) {
        queue(processingGroup).evict(find(processingGroup, letterId));
    }

    private DeadLetter<? extends EventMessage<?>> find(String processingGroup, String letterId) {
        List<DeadLetter<? extends EventMessage<?>>> found = new ArrayList<>();
        queue(processingGroup).deadLetters().forEach(sequence -> sequence.forEach(letter -> {
            if (jdbc(letter).getIdentifier().equals(letterId)) {
                found.add(letter);
            }
        }));
        return found.stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No dead letter " + letterId + " in " + processingGroup));
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processingGroup) {
        return processing.deadLetterQueue(processingGroup)
                .orElseThrow(() -> new NotFoundException("No dead-letter queue for processor " + processingGroup));
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> processor(String processingGroup) {
        return processing.sequencedDeadLetterProcessor(processingGroup)
                .orElseThrow(() -> new NotFoundException("No dead-letter queue for processor " + processingGroup));
    }

    private static JdbcDeadLetter<?> jdbc(DeadLetter<?> letter) {
        return (JdbcDeadLetter<?>) letter;
    }

    private static DeadLetterView view(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        String aggregate = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        Optional<Cause> cause = letter.cause();
        return new DeadLetterView(jdbc(letter).getIdentifier(), jdbc(letter).getSequenceIdentifier(),
                jdbc(letter).getSequenceIndex(), message.getIdentifier(), message.getPayloadType().getName(), aggregate,
                letter.enqueuedAt(), letter.lastTouched(), cause.map(Cause::type).orElse(null),
                cause.map(Cause::message).orElse(null));
    }
}
