package com.mirante.query.operations;

import com.mirante.platform.web.PageWindow;
import com.mirante.projection.DeadLetterPage;
import com.mirante.projection.OperationRefusedException;
import com.mirante.projection.ProcessorNotFoundException;
import com.mirante.projection.ProcessorView;
import com.mirante.projection.Processors;
import com.mirante.query.web.ConflictException;
import com.mirante.query.web.NotFoundException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
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
 * The event processors' operations API over the projection runtime ({@link Processors}). Reads are
 * for viewers; the rest is for operators (see the platform's security), and recorded in the audit
 * trail. Pause, resume, replay and rebuild are requests every node carries out within its poll
 * interval (202); splits and merges are done by this node at once. Reads run in read-only
 * transactions, under the API's limits; actions do not, as a retried dead letter runs a projection.
 */
@RestController
@RequestMapping("/api/v1/processors")
class ProcessorController {

    static final int MAX_DEAD_LETTER_ROWS = 10_000;
    static final int MAX_DEAD_LETTER_PAGE = 200;

    private final Processors processors;

    ProcessorController(Processors processors) {
        this.processors = processors;
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<ProcessorView> all() {
        return processors.all();
    }

    @GetMapping("/{name}")
    @Transactional(readOnly = true)
    ProcessorView one(@PathVariable @ProcessorName String name) {
        return answer(() -> processors.get(name));
    }

    @PostMapping("/{name}/pause")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ProcessorView pause(@PathVariable @ProcessorName String name) {
        return answer(() -> processors.pause(name));
    }

    @PostMapping("/{name}/resume")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ProcessorView resume(@PathVariable @ProcessorName String name) {
        return answer(() -> processors.resume(name));
    }

    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ProcessorView replay(@PathVariable @ProcessorName String name) {
        return answer(() -> processors.replay(name));
    }

    /** Builds the query model again into new tables while the live ones serve, then switches. */
    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ProcessorView rebuild(@PathVariable @ProcessorName String name) {
        return answer(() -> processors.rebuild(name));
    }

    @PostMapping("/{name}/segments/{segment}/split")
    ProcessorView split(@PathVariable @ProcessorName String name, @PathVariable @PositiveOrZero int segment) {
        return answer(() -> processors.split(name, segment));
    }

    @PostMapping("/{name}/segments/{segment}/merge")
    ProcessorView merge(@PathVariable @ProcessorName String name, @PathVariable @PositiveOrZero int segment) {
        return answer(() -> processors.merge(name, segment));
    }

    @GetMapping("/{name}/dead-letters")
    @Transactional(readOnly = true)
    @PageWindow(maxRows = MAX_DEAD_LETTER_ROWS)
    DeadLetterPage deadLetters(@PathVariable @ProcessorName String name,
                               @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_DEAD_LETTER_PAGE) int size) {
        return answer(() -> processors.deadLetters(name, page, size));
    }

    @PostMapping("/{name}/dead-letters/retry")
    Map<String, Object> retryAll(@PathVariable @ProcessorName String name) {
        return answer(() -> {
            int retried = processors.retryDeadLetters(name);
            return Map.of("retried", retried, "remaining", processors.deadLetterCount(name));
        });
    }

    @PostMapping("/{name}/dead-letters/{id}/retry")
    Map<String, Object> retry(@PathVariable @ProcessorName String name, @PathVariable UUID id) {
        return answer(() -> {
            boolean retried = processors.retryDeadLetter(name, id);
            return Map.of("retried", retried, "remaining", processors.deadLetterCount(name));
        });
    }

    @DeleteMapping("/{name}/dead-letters/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void evict(@PathVariable @ProcessorName String name, @PathVariable UUID id) {
        answer(() -> {
            processors.evictDeadLetter(name, id);
            return null;
        });
    }

    /**
     * The runtime's refusals as the API's problems (404, 409). Translated here rather than in an
     * exception handler, which the OpenAPI document would list as answers of every operation.
     */
    private static <T> T answer(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (ProcessorNotFoundException e) {
            throw new NotFoundException(e.getMessage());
        } catch (OperationRefusedException e) {
            throw new ConflictException(e.getMessage());
        }
    }
}
