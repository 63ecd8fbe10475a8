package com.mirante.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Records every state-changing API request once it is answered, with its status, and every call
 * of a {@link ReadsPersonalData} endpoint that did not answer with the data (refused, not found,
 * failed); the ones that did were recorded before their body left (see {@link PersonalDataAudit}).
 */
final class AuditInterceptor implements HandlerInterceptor {

    private final AuditTrail trail;

    AuditInterceptor(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        if (AuditTrail.recorded(request)
                || !AuditTrail.changesState(request) && !PersonalDataAudit.readsPersonalData(handler)) {
            return;
        }
        try {
            trail.record(request, SecurityContextHolder.getContext().getAuthentication(),
                    status(response, failure));
        } catch (RuntimeException notStored) {
            // The answer has gone out already; the trail logged the record it could not store.
        }
    }

    /** An exception no handler resolved is answered later, by security or the error page. */
    private static int status(HttpServletResponse response, Exception failure) {
        if (failure == null) {
            return response.getStatus();
        }
        if (failure instanceof AccessDeniedException) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        if (failure instanceof AuthenticationException) {
            return HttpServletResponse.SC_UNAUTHORIZED;
        }
        if (failure instanceof ErrorResponse answer) {
            return answer.getStatusCode().value();
        }
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
