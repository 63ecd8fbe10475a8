package com.mirante.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers credentials it has verified for a while. HTTP Basic sends them with every request, and
 * checking a bcrypt hash costs tens of milliseconds of CPU: more than a whole dashboard read. A
 * remembered pair is keyed by an HMAC under a key that lives only in this process, so the map holds
 * nothing an attacker could test passwords against offline. Failures are never remembered.
 */
final class RememberingAuthenticationProvider implements AuthenticationProvider {

    /** Enough for every user of a chain; past it the memory starts afresh rather than grow. */
    static final int MAX_REMEMBERED = 10_000;

    private record Remembered(Authentication authentication, long expiresAtNanos) {
    }

    private final AuthenticationProvider verifier;
    private final long lifetimeNanos;
    private final SecretKeySpec key;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    RememberingAuthenticationProvider(AuthenticationProvider verifier, Duration lifetime) {
        this.verifier = verifier;
        this.lifetimeNanos = lifetime.toNanos();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)
                || !(authentication.getCredentials() instanceof String password)) {
            return verifier.authenticate(authentication);
        }
        String pair = authentication.getName() + ":" + mac(password);
        Remembered known = remembered.get(pair);
        long now = System.nanoTime();
        if (known != null && now - known.expiresAtNanos() < 0) {
            return known.authentication();
        }
        Authentication verified = verifier.authenticate(authentication);
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(pair, new Remembered(verified, now + lifetimeNanos));
        return verified;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return verifier.supports(authentication);
    }

    private String mac(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
