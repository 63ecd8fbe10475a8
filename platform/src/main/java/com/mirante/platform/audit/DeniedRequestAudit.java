package com.mirante.platform.audit;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;

/**
 * Records a signed-in user's state-changing API request that security refused before it reached
 * an endpoint (a viewer trying an operator's action): an attempt belongs in the trail as well.
 * Spring Security publishes the refusal of every request it authorizes.
 */
final class DeniedRequestAudit implements ApplicationListener<AuthorizationDeniedEvent<?>> {

    private final AuditTrail trail;

    DeniedRequestAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void onApplicationEvent(AuthorizationDeniedEvent<?> event) {
        if (event.getObject() instanceof HttpServletRequest request
                && request.getDispatcherType() == DispatcherType.REQUEST
                && request.getRequestURI().startsWith(request.getContextPath() + AuditConfiguration.API)
                && AuditTrail.changesState(request)) {
            trail.record(request, event.getAuthentication().get(), HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
