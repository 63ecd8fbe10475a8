package com.mirante.query.audit;

import com.mirante.platform.web.PageWindow;
import com.mirante.query.web.DateRange;
import com.mirante.query.web.HotelInstant;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operators' view of the audit trail, which both applications write (see the platform's audit package). */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('OPERATOR')")
class AuditController {

    /** Deeper pages make the database skip too many rows: narrow the time range instead. */
    static final int MAX_ROWS = 100_000;

    private final AuditRecords records;

    AuditController(AuditRecords records) {
        this.records = records;
    }

    @Operation(summary = "The audit trail, newest first: every operator action and every read of a guest's"
            + " personal data, with its outcome (operators only). from inclusive, to exclusive (ISO-8601 instants)")
    @GetMapping
    @DateRange
    @PageWindow(maxRows = MAX_ROWS)
    AuditPage list(@RequestParam(required = false) @Size(min = 1, max = 128) String user,
                   @RequestParam(required = false) @HotelInstant Instant from,
                   @RequestParam(required = false) @HotelInstant Instant to,
                   @RequestParam(defaultValue = "0") @Min(0) int page,
                   @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return records.find(new AuditSearch(user, from, to, page, size));
    }
}
