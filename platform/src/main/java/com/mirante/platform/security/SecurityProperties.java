package com.mirante.platform.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The users allowed in, from configuration. There are no defaults: outside the local profile an
 * installation names its own users, passwords hashed in Spring Security's {@code {id}hash} form
 * ({@code {bcrypt}...}); anything else stops the application at start.
 *
 * @param rememberVerified how long verified credentials are accepted again without a new check
 */
@ConfigurationProperties("mirante.security")
@Validated
public record SecurityProperties(List<User> users, @DefaultValue("5m") Duration rememberVerified,
                                 @DefaultValue @Valid LoginThrottle loginThrottle) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String username, String password, List<Role> roles) {
    }

    /**
     * @param maxFailures failed sign-ins of one user, or from one client address, that refuse the next ones
     * @param window      how long a failure counts
     * @param maxTracked  users (and, apart, addresses) whose failures are remembered; past it the ones
     *                    that failed least recently are forgotten, so nobody can grow the memory at will
     */
    public record LoginThrottle(@DefaultValue("10") @Positive int maxFailures,
                                @DefaultValue("1m") @DurationMin(seconds = 1) Duration window,
                                @DefaultValue("10000") @Positive int maxTracked) {
    }
}
