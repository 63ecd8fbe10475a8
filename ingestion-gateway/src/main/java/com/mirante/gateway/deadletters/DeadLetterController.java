package com.mirante.gateway.deadletters;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
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
 * needs the operator role.
 */
@RestController
@RequestMapping("/api/v1/dead-letters")
@PreAuthorize("hasRole('OPERATOR')")
class DeadLetterController {

    private final DeadLetterQueue deadLetters;

    DeadLetterController(DeadLetterQueue deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    List<DeadLetter> list(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return deadLetters.list(limit);
    }

    /** Sends the listed messages, or all when the list is empty, back to the change queue. */
    @PostMapping("/redrive")
    Handled redrive(@RequestBody(required = false) Selection selection) {
        return new Handled(deadLetters.redrive(Selection.ids(selection), Selection.limit(selection)));
    }

    /** Deletes the listed messages, or all when the list is empty. */
    @DeleteMapping
    Handled delete(@RequestBody(required = false) Selection selection) {
        return new Handled(deadLetters.delete(Selection.ids(selection), Selection.limit(selection)));
    }

    /** @param messageIds dead-letter message ids; empty or absent means every message */
    record Selection(Set<String> messageIds, Integer limit) {

        static Set<String> ids(Selection selection) {
            return selection == null || selection.messageIds() == null ? Set.of() : selection.messageIds();
        }

        static int limit(Selection selection) {
            return selection == null || selection.limit() == null ? 10_000 : selection.limit();
        }
    }

    record Handled(int messages) {
    }
}
