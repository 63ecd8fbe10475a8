package com.mirante.query.audit;

import com.mirante.platform.audit.AuditSchema;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit trail the applications append to (the platform's {@link AuditSchema}). */
@Repository
class AuditRecords {

    private final JdbcClient jdbc;

    AuditRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads one row past the page to learn whether another page follows. */
    AuditPage find(AuditSearch search) {
        String byUser = search.user() == null ? "" : " AND username = :user";
        List<AuditEntry> found = jdbc.sql("SELECT id, occurred_at, application, username, action, target, status,"
                        + " client_address FROM " + AuditSchema.RECORDS
                        + " WHERE occurred_at >= :from AND occurred_at < :to" + byUser
                        + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("from", OffsetDateTime.ofInstant(search.from(), ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(search.to(), ZoneOffset.UTC))
                .param("user", search.user())
                .param("limit", search.size() + 1)
                .param("offset", search.offset())
                .query((row, number) -> new AuditEntry(row.getLong("id"),
                        row.getObject("occurred_at", OffsetDateTime.class).toInstant(), row.getString("application"),
                        row.getString("username"), row.getString("action"), row.getString("target"),
                        row.getInt("status"), row.getString("client_address")))
                .list();
        boolean more = found.size() > search.size();
        return new AuditPage(more ? found.subList(0, search.size()) : found, search.page(), search.size(), more);
    }
}
