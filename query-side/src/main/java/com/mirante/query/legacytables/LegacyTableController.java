package com.mirante.query.legacytables;

import com.mirante.query.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The legacy tables' schema drift, as DMS's control records reported it. */
@RestController
@RequestMapping("/api/v1/legacy-tables")
@Transactional(readOnly = true)
class LegacyTableController {

    /** As DMS names a PostgreSQL table: schema.table, each an unquoted identifier (at most 63 characters). */
    private static final String TABLE = "[A-Za-z_][A-Za-z0-9_$]{0,62}(\\.[A-Za-z_][A-Za-z0-9_$]{0,62})?";
    private static final String TABLE_MESSAGE = "must be a legacy table as schema.table, each part a plain identifier"
            + " of at most 63 characters";

    private final LegacyTableReads reads;

    LegacyTableController(LegacyTableReads reads) {
        this.reads = reads;
    }

    @Operation(summary = "Every legacy table DMS reported a schema change of: its known columns, its latest "
            + LegacyTableReads.LATEST + " schema changes (columns added and dropped) and task reloads, newest first")
    @GetMapping
    List<LegacyTableView> tables() {
        return reads.read(null);
    }

    @Operation(summary = "One legacy table (schema.table, as DMS names it), as in the list; 404 when DMS"
            + " reported no schema change of it")
    @GetMapping("/{table}")
    LegacyTableView table(@PathVariable @Pattern(regexp = TABLE, message = TABLE_MESSAGE) String table) {
        return reads.read(table).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Legacy table " + table + " not found"));
    }
}
