package com.mirante.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class LoginThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(User.withUsername("ana")
            .password(passwords.encode("s3nha-forte")).roles("VIEWER").build());
    private final AtomicInteger checks = new AtomicInteger();

    private LoginThrottle throttle(int maxTracked) {
        return new LoginThrottle(new SecurityProperties.LoginThrottle(10, WINDOW, maxTracked), now::get);
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    /** The configured chain: throttle, remembered credentials, password check (counted). */
    private ThrottlingAuthenticationProvider provider(LoginThrottle throttle) {
        DaoAuthenticationProvider verifier = new DaoAuthenticationProvider(passwords);
        verifier.setUserDetailsService(username -> {
            checks.incrementAndGet();
            return users.loadUserByUsername(username);
        });
        return new ThrottlingAuthenticationProvider(new RememberingAuthenticationProvider(verifier, Duration.ofMinutes(5)),
                throttle);
    }

    private static Authentication basic(String username, String password, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return attempt;
    }

    @Test
    void tenFailuresWithinAMinuteRefuseTheUserUntilTheFirstOfThemIsAMinuteOld() {
        LoginThrottle throttle = throttle(100);
        for (int failure = 0; failure < 10; failure++) {
            assertThat(throttle.waitFor("ana", "10.0.0." + failure)).isZero();
            throttle.failed("ana", "10.0.0." + failure);
            advance(Duration.ofSeconds(5));
        }

        assertThat(throttle.waitFor("ANA", "10.0.1.1")).isEqualTo(Duration.ofSeconds(10));
        advance(Duration.ofSeconds(10));
        assertThat(throttle.waitFor("ana", "10.0.1.1")).isZero();
        // One more failure: the last ten span less than a minute again.
        throttle.failed("ana", "10.0.1.1");
        assertThat(throttle.waitFor("ana", "10.0.1.2")).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowAreNeverRefused() {
        LoginThrottle throttle = throttle(100);
        for (int failure = 0; failure < 30; failure++) {
            throttle.failed("ana", "10.0.0.1");
            advance(Duration.ofSeconds(7));
            assertThat(throttle.waitFor("ana", "10.0.0.1")).isZero();
        }
    }

    @Test
    void anAddressIsRefusedAfterTenFailuresWhateverTheUserNames() {
        LoginThrottle throttle = throttle(100);
        for (int failure = 0; failure < 10; failure++) {
            throttle.failed("user" + failure, "203.0.113.9");
        }

        assertThat(throttle.waitFor("ana", "203.0.113.9")).isEqualTo(WINDOW);
        assertThat(throttle.waitFor("ana", "203.0.113.10")).isZero();
        assertThat(throttle.waitFor("ana", null)).isZero();
    }

    @Test
    void theMemoryForgetsWhatFailedLeastRecentlyInsteadOfGrowing() {
        LoginThrottle throttle = throttle(3);
        for (int failure = 0; failure < 10; failure++) {
            throttle.failed("ana", "10.0.0." + failure);
        }
        throttle.failed("bia", "10.0.1.1");
        throttle.failed("caio", "10.0.1.2");
        assertThat(throttle.waitFor("ana", "10.0.2.1")).isEqualTo(WINDOW);

        throttle.failed("davi", "10.0.1.3");

        assertThat(throttle.waitFor("ana", "10.0.2.1")).isZero();
    }

    @Test
    void aThrottledSignInIsRefusedWithoutCheckingItsPasswordEvenARememberedOne() {
        ThrottlingAuthenticationProvider provider = provider(throttle(100));
        assertThat(provider.authenticate(basic("ana", "s3nha-forte", "10.0.0.1")).isAuthenticated()).isTrue();
        for (int failure = 0; failure < 10; failure++) {
            String address = "10.0.0." + failure;
            assertThatThrownBy(() -> provider.authenticate(basic("ana", "guess", address)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        int checked = checks.get();
        advance(Duration.ofSeconds(20));

        assertThatThrownBy(() -> provider.authenticate(basic("ana", "s3nha-forte", "10.0.0.1")))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        refused -> assertThat(refused.retryAfterSeconds()).isEqualTo(40));
        assertThatThrownBy(() -> provider.authenticate(basic("ana", "another guess", "10.9.9.9")))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(checks).hasValue(checked);
    }
}
