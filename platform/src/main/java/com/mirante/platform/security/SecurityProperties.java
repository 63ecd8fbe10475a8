package com.mirante.platform.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The users allowed in, from configuration. There are no defaults: outside the local profile an
 * installation names its own users (passwords in Spring Security's {@code {id}hash} form).
 */
@ConfigurationProperties("mirante.security")
public record SecurityProperties(List<User> users, Duration rememberVerified) {

    /** @param rememberVerified how long verified credentials are accepted again without a new check */
    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        rememberVerified = rememberVerified == null ? Duration.ofMinutes(5) : rememberVerified;
    }

    public record User(String username, String password, List<Role> roles) {
    }
}
