package com.mirante.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * How the security layer refuses, in the API's own problem+json: 401 asks for HTTP Basic
 * credentials (browsers then show their sign-in dialog), 429 says when a throttled sign-in may
 * try again, 403 says why a request was not allowed.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    SecurityProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        if (refusal instanceof LoginThrottledException throttled) {
            long seconds = throttled.retryAfterSeconds();
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins for this user or from this"
                    + " address: try again in " + seconds + " seconds.");
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Mirante\"");
            write(response, HttpStatus.UNAUTHORIZED, "Sign in with a user name and password (HTTP Basic).");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, refusal instanceof CsrfException
                ? refusal.getMessage() : "Your roles do not allow this request.");
    }

    private void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
    }
}
