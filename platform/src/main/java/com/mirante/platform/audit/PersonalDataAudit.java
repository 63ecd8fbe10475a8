package com.mirante.platform.audit;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Records a read of personal data after the endpoint produced it and before its body is written:
 * when the record cannot be stored, the read fails and the data never leaves (fail closed). Also
 * refuses a {@link PersonalDataView} from an endpoint that is not marked {@link ReadsPersonalData},
 * so a forgotten annotation fails loudly instead of serving personal data unaudited.
 */
@ControllerAdvice
final class PersonalDataAudit implements ResponseBodyAdvice<Object> {

    private final AuditTrail trail;

    PersonalDataAudit(AuditTrail trail) {
        this.trail = trail;
    }

    static boolean readsPersonalData(Object handler) {
        return handler instanceof HandlerMethod method && method.hasMethodAnnotation(ReadsPersonalData.class);
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (!returnType.hasMethodAnnotation(ReadsPersonalData.class)) {
            if (body != null && body.getClass().isAnnotationPresent(PersonalDataView.class)) {
                throw new IllegalStateException(returnType.getExecutable() + " answers with personal data ("
                        + body.getClass().getSimpleName() + ") but is not marked @ReadsPersonalData: refused");
            }
            return body;
        }
        trail.record(((ServletServerHttpRequest) request).getServletRequest(), SecurityContextHolder.getContext().getAuthentication(),
                ((ServletServerHttpResponse) response).getServletResponse().getStatus());
        return body;
    }
}
