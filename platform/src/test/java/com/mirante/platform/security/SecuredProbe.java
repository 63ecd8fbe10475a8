package com.mirante.platform.security;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.autoconfigure.web.embedded.EmbeddedWebServerFactoryCustomizerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A web application with nothing but the platform's security in front of an API that counts the
 * changes it was asked for, so a test sees whether a refused request changed anything. Its users
 * have bcrypt passwords (cost 4, for speed): it runs without the local profile, as an installation.
 */
@Configuration
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
        EmbeddedWebServerFactoryCustomizerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
        SslAutoConfiguration.class, SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
        SecurityConfiguration.class})
@RestController
@RequestMapping("/api/probe")
class SecuredProbe {

    static final String VIEWER_PASSWORD = "vista-do-mar";
    static final String OPERATOR_PASSWORD = "farol-da-barra";
    static final String ANA_PASSWORD = "ilha-do-mel";

    private final AtomicInteger changes = new AtomicInteger();

    static void users(DynamicPropertyRegistry registry) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        registry.add("mirante.security.users[0].username", () -> "viewer");
        registry.add("mirante.security.users[0].password", () -> "{bcrypt}" + bcrypt.encode(VIEWER_PASSWORD));
        registry.add("mirante.security.users[0].roles", () -> "VIEWER");
        registry.add("mirante.security.users[1].username", () -> "operator");
        registry.add("mirante.security.users[1].password", () -> "{bcrypt}" + bcrypt.encode(OPERATOR_PASSWORD));
        registry.add("mirante.security.users[1].roles", () -> "VIEWER,OPERATOR");
        registry.add("mirante.security.users[2].username", () -> "ana");
        registry.add("mirante.security.users[2].password", () -> "{bcrypt}" + bcrypt.encode(ANA_PASSWORD));
        registry.add("mirante.security.users[2].roles", () -> "VIEWER");
    }

    @GetMapping
    int changes() {
        return changes.get();
    }

    @PostMapping
    int change() {
        return changes.incrementAndGet();
    }

    @DeleteMapping
    int undo() {
        return changes.decrementAndGet();
    }
}
