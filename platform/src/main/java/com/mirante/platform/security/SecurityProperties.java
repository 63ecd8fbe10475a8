package com.mirante.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The users allowed in, from configuration. There are no defaults: outside the local profile an
 * installation names its own users (passwords in Spring Security's {@code {id}hash} form).
 */
@ConfigurationProperties("mirante.security")
public record SecurityProperties(List<User> users) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String username, String password, List<Role> roles) {
    }
}
