package com.mirante.platform.web;

import com.mirante.platform.security.Role;
import com.mirante.platform.security.SecurityProperties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One more user, holding every role there is, so that no request a test sends is refused for want
 * of one before its parameters are looked at. The configured users stay (a list property is
 * replaced whole by the source that sets it, so they are set again beside it): tests that sign in
 * as {@code viewer} or {@code operator} can share the context.
 */
public class EveryRoleUser implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String USERNAME = "every-role";
    public static final String PASSWORD = "every-role";
    private static final String USERS = "mirante.security.users";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        List<SecurityProperties.User> users = new ArrayList<>(Binder.get(context.getEnvironment())
                .bind(USERS, Bindable.listOf(SecurityProperties.User.class)).orElse(List.of()));
        users.add(new SecurityProperties.User(USERNAME, "{noop}" + PASSWORD, List.of(Role.values())));
        Map<String, Object> properties = new HashMap<>();
        for (int i = 0; i < users.size(); i++) {
            SecurityProperties.User user = users.get(i);
            properties.put(USERS + "[" + i + "].username", user.username());
            properties.put(USERS + "[" + i + "].password", user.password());
            properties.put(USERS + "[" + i + "].roles",
                    user.roles().stream().map(Role::name).collect(Collectors.joining(",")));
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("everyRoleUser", properties));
    }
}
