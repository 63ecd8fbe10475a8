package com.mirante.gateway.sqs;

import com.mirante.platform.web.PageWindow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operators' view of the dead-letter queue. Bodies may hold personal data, so even reading
 * needs the operator role. A listing walks the queue (SQS has no offset and no order), so it
 * pages through the first {@value #MAX_ROWS} letters the queue hands out; the rest come up as
 * those are redriven or deleted.
 */
@RestController
@RequestMapping("/api/v1/dead-letters")
@PreAuthorize("hasRole('OPERATOR')")
class DeadLetterController {

    static final int MAX_ROWS = 1_000;
    static final int MAX_SIZE = 100;
    static final int MAX_IDS = 1_000;
    static final int MAX_HANDLED = 10_000;

    private final DeadLetterQueue deadLetters;

    DeadLetterController(DeadLetterQueue deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @PageWindow(maxRows = MAX_ROWS)
    DeadLetterPage list(@RequestParam(defaultValue = "0") @Min(0) int page,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_SIZE) int size) {
        return deadLetters.page(page, size, MAX_ROWS);
    }

    /** Sends the listed messages, or all when the list is empty, back to the change queue. */
    @PostMapping("/redrive")
    Handled redrive(@RequestBody(required = false) @Valid Selection selection) {
        return new Handled(deadLetters.redrive(Selection.ids(selection), Selection.limit(selection)));
    }

    /** Deletes the listed messages, or all when the list is empty. */
    @DeleteMapping
    Handled delete(@RequestBody(required = false) @Valid Selection selection) {
        return new Handled(deadLetters.delete(Selection.ids(selection), Selection.limit(selection)));
    }

    /**
     * @param messageIds dead-letter message ids (as SQS writes them: letters, digits and dashes);
     *                   empty or absent means every message
     * @param limit      the most messages one request looks at
     */
    record Selection(@Size(max = MAX_IDS) Set<@NotNull @Pattern(regexp = "[A-Za-z0-9-]{1,100}") String> messageIds,
                     @Positive @Max(MAX_HANDLED) Integer limit) {

        static Set<String> ids(Selection selection) {
            return selection == null || selection.messageIds() == null ? Set.of() : selection.messageIds();
        }

        static int limit(Selection selection) {
            return selection == null || selection.limit() == null ? MAX_HANDLED : selection.limit();
        }
    }

    record Handled(int messages) {
    }
}
