package com.mirante.platform.web;

import com.mirante.platform.security.Role;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The application's only user holds every role there is, so that no request a test sends is
 * refused for want of one before its parameters are looked at.
 */
public class EveryRoleUser implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String USERNAME = "every-role";
    public static final String PASSWORD = "every-role";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String roles = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(","));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("everyRoleUser", Map.of(
                "mirante.security.users[0].username", USERNAME,
                "mirante.security.users[0].password", "{noop}" + PASSWORD,
                "mirante.security.users[0].roles", roles)));
    }
}
