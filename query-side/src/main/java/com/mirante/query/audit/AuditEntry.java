package com.mirante.query.audit;

import java.time.Instant;

/**
 * One record of the audit trail as the API lists it.
 *
 * @param application the application that answered ({@code mirante-query}, {@code mirante-gateway})
 * @param action      the HTTP method and the endpoint's path pattern
 * @param target      the path variables ({@code name=value, ...}), or null
 * @param status      the HTTP status answered: the outcome
 */
public record AuditEntry(long id, Instant occurredAt, String application, String user, String action, String target,
                         int status, String clientAddress) {
}
