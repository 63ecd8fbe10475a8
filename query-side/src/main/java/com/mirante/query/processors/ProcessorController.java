package com.mirante.query.processors;

import com.mirante.platform.web.PageWindow;
import com.mirante.query.web.ConflictException;
import com.mirante.query.web.NotFoundException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The event processors' operations API. Reads are for viewers; the rest is for operators (see the
 * platform's security). Pause, resume and replay are requests every node carries out within its
 * poll interval (202); splits and merges are done by this node at once, on segments it can claim.
 * Reads run in read-only transactions, under the API's limits; actions do not, as a retried dead
 * letter runs a projection.
 */
@RestController
@RequestMapping("/api/v1/processors")
class ProcessorController {

    private static final Duration SEGMENT_CHANGE_TIMEOUT = Duration.ofSeconds(30);
    static final int MAX_DEAD_LETTER_ROWS = 10_000;
    static final int MAX_DEAD_LETTER_PAGE = 200;

    private final EventProcessingConfiguration processing;
    private final ProcessorStatus status;
    private final ProcessorOperations operations;
    private final ProcessorTokens tokens;
    private final DeadLetters deadLetters;
    private final Rebuilds rebuilds;

    ProcessorController(EventProcessingConfiguration processing, ProcessorStatus status,
                        ProcessorOperations operations, ProcessorTokens tokens, DeadLetters deadLetters,
                        Rebuilds rebuilds) {
        this.processing = processing;
        this.status = status;
        this.operations = operations;
        this.tokens = tokens;
        this.deadLetters = deadLetters;
        this.rebuilds = rebuilds;
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<ProcessorView> all() {
        return status.all();
    }

    @GetMapping("/{name}")
    @Transactional(readOnly = true)
    ProcessorView one(@PathVariable @ProcessorName String name) {
        return status.of(name).orElseThrow(() -> unknown(name));
    }

    @PostMapping("/{name}/pause")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ProcessorView pause(@PathVariable @ProcessorName String name) {
        processor(name);
        operations.pause(name);
        return one(name);
    }

    @PostMapping("/{name}/resume")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ProcessorView resume(@PathVariable @ProcessorName String name) {
        processor(name);
        operations.resume(name);
        return one(name);
    }

    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ProcessorView replay(@PathVariable @ProcessorName String name) {
        if (!processor(name).supportsReset()) {
            throw new ConflictException("Processor " + name + " has handlers that cannot be replayed");
        }
        operations.replay(name);
        return one(name);
    }

    /** Builds the query model again into new tables while the live ones serve, then switches (see {@link Rebuilds}). */
    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ProcessorView rebuild(@PathVariable @ProcessorName String name) {
        processor(name);
        if (!rebuilds.versioned(name)) {
            throw new ConflictException("Processor " + name + " builds no versioned query model: replay it instead");
        }
        if (!rebuilds.request(name)) {
            throw new ConflictException("A rebuild of " + name + " is already under way");
        }
        return one(name);
    }

    @PostMapping("/{name}/segments/{segment}/split")
    ProcessorView split(@PathVariable @ProcessorName String name, @PathVariable @PositiveOrZero int segment) {
        return changeSegment(name, segment, "split", processor(name)::splitSegment);
    }

    @PostMapping("/{name}/segments/{segment}/merge")
    ProcessorView merge(@PathVariable @ProcessorName String name, @PathVariable @PositiveOrZero int segment) {
        return changeSegment(name, segment, "merge", processor(name)::mergeSegment);
    }

    @GetMapping("/{name}/dead-letters")
    @Transactional(readOnly = true)
    @PageWindow(maxRows = MAX_DEAD_LETTER_ROWS)
    DeadLetterPage deadLetters(@PathVariable @ProcessorName String name,
                               @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_DEAD_LETTER_PAGE) int size) {
        processor(name);
        return deadLetters.page(name, page, size);
    }

    @PostMapping("/{name}/dead-letters/retry")
    Map<String, Object> retryAll(@PathVariable @ProcessorName String name) {
        processor(name);
        int retried = deadLetters.retryAll(name);
        return Map.of("retried", retried, "remaining", deadLetters.count(name));
    }

    @PostMapping("/{name}/dead-letters/{id}/retry")
    Map<String, Object> retry(@PathVariable @ProcessorName String name, @PathVariable UUID id) {
        processor(name);
        boolean retried = deadLetters.retry(name, id);
        return Map.of("retried", retried, "remaining", deadLetters.count(name));
    }

    @DeleteMapping("/{name}/dead-letters/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void evict(@PathVariable @ProcessorName String name, @PathVariable UUID id) {
        processor(name);
        deadLetters.evict(name, id);
    }

    private ProcessorView changeSegment(String name, int segment, String change,
                                        IntFunction<CompletableFuture<Boolean>> action) {
        if (tokens.of(name).stream().noneMatch(token -> token.segment() == segment)) {
            throw new NotFoundException("Processor " + name + " has no segment " + segment);
        }
        if (!processor(name).isRunning()) {
            throw new ConflictException("Processor " + name + " is not running on this node: cannot " + change);
        }
        if (!completed(action.apply(segment))) {
            throw new ConflictException("Could not " + change + " segment " + segment + " of " + name
                    + ": another node claims it (or its sibling), or it has no sibling to merge with");
        }
        return one(name);
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

    private static NotFoundException unknown(String name) {
        return new NotFoundException("No event processor " + name);
    }
}
