package com.mirante.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

class RememberingAuthenticationProviderTest {

    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(User.withUsername("ana")
            .password(passwords.encode("s3nha-forte")).roles("VIEWER").build());
    private final AtomicInteger lookups = new AtomicInteger();

    private RememberingAuthenticationProvider provider(Duration lifetime) {
        UserDetailsService counted = username -> {
            lookups.incrementAndGet();
            return users.loadUserByUsername(username);
        };
        DaoAuthenticationProvider verifier = new DaoAuthenticationProvider(passwords);
        verifier.setUserDetailsService(counted);
        return new RememberingAuthenticationProvider(verifier, lifetime);
    }

    private static Authentication basic(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    @Test
    void verifiedCredentialsAreAcceptedAgainWithoutAnotherCheck() {
        RememberingAuthenticationProvider provider = provider(Duration.ofMinutes(5));

        Authentication first = provider.authenticate(basic("ana", "s3nha-forte"));
        Authentication second = provider.authenticate(basic("ana", "s3nha-forte"));

        assertThat(lookups).hasValue(1);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getName()).isEqualTo("ana");
        assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeEvenAfterTheRightOneWasRemembered() {
        RememberingAuthenticationProvider provider = provider(Duration.ofMinutes(5));
        provider.authenticate(basic("ana", "s3nha-forte"));

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> provider.authenticate(basic("ana", "s3nha-fraca")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(lookups).hasValue(3);
    }

    @Test
    void rememberedCredentialsAreCheckedAgainOnceTheirTimeIsUp() {
        RememberingAuthenticationProvider provider = provider(Duration.ZERO);

        provider.authenticate(basic("ana", "s3nha-forte"));
        provider.authenticate(basic("ana", "s3nha-forte"));

        assertThat(lookups).hasValue(2);
    }
}
