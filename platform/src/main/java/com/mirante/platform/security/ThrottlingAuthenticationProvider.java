package com.mirante.platform.security;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Refuses a sign-in at once, without checking its password, while its user or its client address
 * is throttled; counts the failures of the provider it guards. It stands before the remembered
 * credentials too: otherwise guesses could still be tried against them.
 */
final class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider verifier;
    private final LoginThrottle throttle;

    ThrottlingAuthenticationProvider(AuthenticationProvider verifier, LoginThrottle throttle) {
        this.verifier = verifier;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Duration wait = throttle.waitFor(attempt.getName(), address);
        if (!wait.isZero()) {
            throw new LoginThrottledException(wait);
        }
        try {
            return verifier.authenticate(attempt);
        } catch (BadCredentialsException e) {
            throttle.failed(attempt.getName(), address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return verifier.supports(authentication);
    }
}
