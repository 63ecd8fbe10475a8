package com.mirante.query.audit;

import com.mirante.platform.web.PageWindow;
import com.mirante.query.web.DateRange;
import com.mirante.query.web.HotelInstant;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
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
    /** As the trail stores them: up to 128 characters, none a control character (PostgreSQL refuses NUL). */
    private static final String USER_NAME = "[^\\p{Cntrl}]{1,128}";
    private static final String USER_NAME_MESSAGE = "must be 1 to 128 characters, none a control character";

    private final AuditRecords records;

    AuditController(AuditRecords records) {
        this.records = records;
    }

    @Operation(summary = "The audit trail, newest first: every operator action and every read of a guest's"
            + " personal data, with its outcome (operators only). from inclusive, to exclusive (ISO-8601 instants)")
    @GetMapping
    @DateRange
    @PageWindow(maxRows = MAX_ROWS)
    AuditPage list(@RequestParam(required = false) @Pattern(regexp = USER_NAME, message = USER_NAME_MESSAGE) String user,
                   @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) @HotelInstant Instant from,
                   @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) @HotelInstant Instant to,
                   @RequestParam(defaultValue = "0") @Min(0) int page,
                   @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return records.find(new AuditSearch(user, from, to, page, size));
    }
}
