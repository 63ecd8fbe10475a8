package com.mirante.platform.audit;

import java.time.Instant;

/**
 * One entry of the audit trail.
 *
 * @param application   {@code spring.application.name} of the application that answered
 * @param action        the HTTP method and the endpoint's path pattern (the path when no endpoint matched)
 * @param target        the path variables ({@code name=value, ...}); null when there are none
 * @param status        the HTTP status answered: the outcome
 * @param clientAddress as the web server saw it (behind a proxy, see {@code server.forward-headers-strategy})
 */
record AuditRecord(Instant occurredAt, String application, String user, String action, String target, int status,
                   String clientAddress) {
}
