package com.mirante.projection;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * The runtime's operations on this application's event processors, for whatever surface an
 * application puts over them (the query side's REST API and console, for one). Pause, resume, replay and
 * rebuild are requests every node carries out within its poll interval; splits and merges are done
 * by this node at once, on segments it can claim. A name, segment or letter that does not exist
 * throws {@link ProcessorNotFoundException}; an operation the processor's state does not allow
 * throws {@link OperationRefusedException}.
 */
public class Processors {

    private static final Duration SEGMENT_CHANGE_TIMEOUT = Duration.ofSeconds(30);

    private final EventProcessingConfiguration processing;
    private final ProcessorStatus status;
    private final ProcessorOperations operations;
    private final ProcessorTokens tokens;
    private final DeadLetters deadLetters;
    private final Rebuilds rebuilds;

    Processors(EventProcessingConfiguration processing, ProcessorStatus status, ProcessorOperations operations,
               ProcessorTokens tokens, DeadLetters deadLetters, Rebuilds rebuilds) {
        this.processing = processing;
        this.status = status;
        this.operations = operations;
        this.tokens = tokens;
        this.deadLetters = deadLetters;
        this.rebuilds = rebuilds;
    }

    public List<ProcessorView> all() {
        return status.all();
    }

    public ProcessorView get(String name) {
        return status.of(name).orElseThrow(() -> unknown(name));
    }

    public ProcessorView pause(String name) {
        processor(name);
        operations.pause(name);
        return get(name);
    }

    public ProcessorView resume(String name) {
        processor(name);
        operations.resume(name);
        return get(name);
    }

    /** Resets the tokens once no node claims a segment; the projection's reset handler runs first. */
    public ProcessorView replay(String name) {
        if (!processor(name).supportsReset()) {
            throw new OperationRefusedException("Processor " + name + " has handlers that cannot be replayed");
        }
        operations.replay(name);
        return get(name);
    }

    /** Builds the query model again into new tables while the live ones serve, then switches (see {@link Rebuilds}). */
    public ProcessorView rebuild(String name) {
        processor(name);
        if (!rebuilds.versioned(name)) {
            throw new OperationRefusedException("Processor " + name + " builds no versioned query model: replay it instead");
        }
        if (!rebuilds.request(name)) {
            throw new OperationRefusedException("A rebuild of " + name + " is already under way");
        }
        return get(name);
    }

    public ProcessorView split(String name, int segment) {
        return changeSegment(name, segment, "split", processor(name)::splitSegment);
    }

    public ProcessorView merge(String name, int segment) {
        return changeSegment(name, segment, "merge", processor(name)::mergeSegment);
    }

    /** Oldest first; a letter keeps its place when retried. */
    public DeadLetterPage deadLetters(String name, int page, int size) {
        processor(name);
        return deadLetters.page(name, page, size);
    }

    public long deadLetterCount(String name) {
        return deadLetters.count(name);
    }

    /** Retries every sequence once; returns how many came through. */
    public int retryDeadLetters(String name) {
        processor(name);
        return deadLetters.retryAll(name);
    }

    /** Retries the letter's sequence from its first letter on; whether it came through. */
    public boolean retryDeadLetter(String name, UUID letterId) {
        processor(name);
        return deadLetters.retry(name, letterId);
    }

    public void evictDeadLetter(String name, UUID letterId) {
        processor(name);
        deadLetters.evict(name, letterId);
    }

    private ProcessorView changeSegment(String name, int segment, String change,
                                        IntFunction<CompletableFuture<Boolean>> action) {
        if (tokens.of(name).stream().noneMatch(token -> token.segment() == segment)) {
            throw new ProcessorNotFoundException("Processor " + name + " has no segment " + segment);
        }
        if (!processor(name).isRunning()) {
            throw new OperationRefusedException("Processor " + name + " is not running on this node: cannot " + change);
        }
        if (!completed(action.apply(segment))) {
            throw new OperationRefusedException("Could not " + change + " segment " + segment + " of " + name
                    + ": another node claims it (or its sibling), or it has no sibling to merge with");
        }
        return get(name);
    }

    private static boolean completed(CompletableFuture<Boolean> result) {
        try {
            return result.get(SEGMENT_CHANGE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow(() -> unknown(name));
    }

    private static ProcessorNotFoundException unknown(String name) {
        return new ProcessorNotFoundException("No event processor " + name);
    }
}
