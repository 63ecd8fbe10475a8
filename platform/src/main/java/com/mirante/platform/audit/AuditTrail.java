package com.mirante.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes the audit trail: a row in {@link AuditSchema#RECORDS} and a structured log line (its
 * key-value pairs become JSON fields), for what a signed-in user did through the API. A request
 * nobody signed in for is no one's action and is not recorded (failed sign-ins are throttled, not
 * audited).
 */
final class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final String RECORDED = AuditTrail.class.getName() + ".recorded";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final AuthenticationTrustResolver SIGN_IN = new AuthenticationTrustResolverImpl();
    // The columns' sizes: a longer value (path variables come from the client) is cut, not refused.
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final int MAX_APPLICATION = 64;
    private static final int MAX_USER = 128;
    private static final int MAX_ACTION = 300;
    private static final int MAX_TARGET = 300;
    private static final int MAX_CLIENT_ADDRESS = 64;

    private final JdbcClient jdbc;
    private final String application;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, String application, Clock clock) {
        this.jdbc = jdbc;
        this.application = bounded(application, MAX_APPLICATION);
        this.clock = clock;
    }

    /** Whether the request may change something: everything but reads is an action to audit. */
    static boolean changesState(HttpServletRequest request) {
        return !READ_METHODS.contains(request.getMethod());
    }

    /** Whether this request's record has been written already (once per request). */
    static boolean recorded(HttpServletRequest request) {
        return request.getAttribute(RECORDED) != null;
    }

    /**
     * Records the request as answered with {@code status}. Throws when the row cannot be stored (the
     * log then says so with the record), so a caller that is about to send personal data does not.
     */
    void record(HttpServletRequest request, Authentication user, int status) {
        if (user == null || !SIGN_IN.isAuthenticated(user)) {
            return;
        }
        // Marked before the insert: a record that cannot be stored is logged here, not tried again.
        request.setAttribute(RECORDED, Boolean.TRUE);
        AuditRecord record = new AuditRecord(clock.instant().truncatedTo(ChronoUnit.MICROS), application,
                bounded(user.getName(), MAX_USER), bounded(request.getMethod() + " " + endpoint(request),
                MAX_ACTION), bounded(target(request), MAX_TARGET), status,
                bounded(request.getRemoteAddr(), MAX_CLIENT_ADDRESS));
        try {
            insert(record);
        } catch (RuntimeException e) {
            fields(log.atError(), record).setCause(e).log("Audit record not stored: {}{} by {} ({})",
                    record.action(), describe(record.target()), record.user(), record.status());
            throw e;
        }
        fields(log.atInfo(), record).log("Audit: {}{} by {} ({})",
                record.action(), describe(record.target()), record.user(), record.status());
    }

    private void insert(AuditRecord record) {
        jdbc.sql("INSERT INTO " + AuditSchema.RECORDS
                        + " (occurred_at, application, username, action, target, status, client_address)"
                        + " VALUES (:occurredAt, :application, :user, :action, :target, :status, :clientAddress)")
                .param("occurredAt", OffsetDateTime.ofInstant(record.occurredAt(), ZoneOffset.UTC))
                .param("application", record.application())
                .param("user", record.user())
                .param("action", record.action())
                .param("target", record.target())
                .param("status", record.status())
                .param("clientAddress", record.clientAddress())
                .update();
    }

    private static LoggingEventBuilder fields(LoggingEventBuilder line, AuditRecord record) {
        return line.addKeyValue("audit_user", record.user())
                .addKeyValue("audit_action", record.action())
                .addKeyValue("audit_target", record.target())
                .addKeyValue("audit_status", record.status())
                .addKeyValue("audit_occurred_at", record.occurredAt())
                .addKeyValue("client_address", record.clientAddress());
    }

    /**
     * The endpoint's pattern, which names the action; the path itself when no endpoint took the
     * request (security refused it first, or it reached no controller).
     */
    private static String endpoint(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod
                && pattern != null ? pattern.toString() : request.getRequestURI();
    }

    private static String target(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)
                || variables.isEmpty()) {
            return null;
        }
        return variables.entrySet().stream().map(variable -> variable.getKey() + "=" + variable.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String describe(String target) {
        return target == null ? "" : " [" + target + "]";
    }

    /**
     * Cut to the column's size, control characters replaced: a path comes from the client, and
     * PostgreSQL refuses a NUL in text, which would lose the record of a hostile request.
     */
    private static String bounded(String value, int length) {
        if (value == null) {
            return null;
        }
        String clean = CONTROL.matcher(value).replaceAll("?");
        return clean.length() <= length ? clean : clean.substring(0, length);
    }
}
