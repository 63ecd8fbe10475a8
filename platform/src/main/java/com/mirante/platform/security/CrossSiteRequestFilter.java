package com.mirante.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Protection against cross-site request forgery for an API signed in with HTTP Basic, whose
 * credentials the browser sends wherever a request comes from. A request that may change something
 * (any method but GET, HEAD, OPTIONS and TRACE) must carry {@value #HEADER}: an HTML form cannot
 * send a header, and a script on another site can send it only after a CORS preflight this API
 * never grants. A browser's request must also say it comes from this very origin ({@code
 * Sec-Fetch-Site: same-origin}, {@code Origin} this application's as the request reached it, so
 * behind a proxy that terminates TLS, {@code server.forward-headers-strategy} must be set).
 * Clients that are not browsers (curl, scripts) send the header and no {@code Origin}.
 * It runs before authentication: a refused request costs no password check.
 */
public final class CrossSiteRequestFilter extends OncePerRequestFilter {

    /** Sent by the application's pages with every API call; any value that is not blank will do. */
    public static final String HEADER = "X-Mirante-Request";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final AccessDeniedHandler refusals;

    CrossSiteRequestFilter(AccessDeniedHandler refusals) {
        this.refusals = refusals;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refusal = refusal(request);
        if (refusal == null) {
            chain.doFilter(request, response);
        } else {
            refusals.handle(request, response, new CsrfException(refusal));
        }
    }

    private static String refusal(HttpServletRequest request) {
        if (!StringUtils.hasText(request.getHeader(HEADER))) {
            return "A request that changes something must carry the " + HEADER + " header, as the application's"
                    + " pages send it; a form or script of another site cannot.";
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin")) {
            return "The browser says this request comes from another origin (Sec-Fetch-Site: " + site + ").";
        }
        if (!sameOrigin(request)) {
            return "This request comes from " + request.getHeader("Origin") + ", not from this application's origin.";
        }
        return null;
    }

    /** The scheme, host and port the request reached, forwarded headers applied by the server, against Origin. */
    private static boolean sameOrigin(HttpServletRequest request) {
        try {
            return WebUtils.isSameOrigin(new ServletServerHttpRequest(request));
        } catch (IllegalArgumentException unparsable) {
            return false;
        }
    }
}
