package com.mirante.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigureBefore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * HTTP Basic for the API: reads need {@code VIEWER}, every other method {@code OPERATOR};
 * controllers may ask for more with {@code @PreAuthorize}. Health, info and Prometheus stay
 * open for probes and scrapers. State-changing requests must come from our own pages or a
 * non-browser client ({@link CrossSiteRequestFilter}), failed sign-ins are throttled, every
 * response carries a Content-Security-Policy and the other protective headers, and outside the
 * local profile only hashed passwords are accepted.
 */
@AutoConfiguration
@AutoConfigureBefore(UserDetailsServiceAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    /** The only profile whose users may have known passwords: the local run's. */
    private static final String LOCAL_PROFILE = "local";
    /**
     * Scripts, styles, images and connections from this origin only, no inline script or style, no
     * plugins, no framing, forms posting only here: an injected script or a foreign page gets nowhere.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";
    /**
     * Swagger UI's script adds a style element of its own; it may there, and only there. Its pages
     * hold no data (the API document is public) and scripts stay as strict as everywhere.
     */
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self';",
            "style-src 'self' 'unsafe-inline';");

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
        SecurityProblems problems = new SecurityProblems(json);
        RequestMatcher swaggerUi = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health", "info", "prometheus")).permitAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").hasRole(Role.VIEWER.name())
                        .requestMatchers("/api/**").hasRole(Role.OPERATOR.name())
                        .anyRequest().hasRole(Role.VIEWER.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(refusals -> refusals.accessDeniedHandler(problems))
                // No session and no CSRF token: the browser sends Basic credentials wherever a request
                // comes from, so a state-changing request proves instead that it comes from our pages.
                .csrf(csrf -> csrf.disable())
                .addFilterAt(new CrossSiteRequestFilter(problems), CsrfFilter.class)
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                                new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny())
                        .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                        .crossOriginResourcePolicy(resources -> resources.policy(CrossOriginResourcePolicy.SAME_ORIGIN))
                        // Written only on requests that came over TLS (or through a proxy that says so).
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * Checks passwords against the configured users and remembers the pairs it verified, behind the
     * throttle of failed sign-ins. Without a password service the configured hashes stay as
     * configured (Spring would otherwise re-hash a plain password with bcrypt at first use, and pay
     * bcrypt on every request after).
     */
    @Bean
    AuthenticationProvider authenticationProvider(InMemoryUserDetailsManager users, PasswordEncoder passwords,
                                                  SecurityProperties properties) {
        DaoAuthenticationProvider verifier = new DaoAuthenticationProvider(passwords);
        verifier.setUserDetailsService(users);
        return new ThrottlingAuthenticationProvider(
                new RememberingAuthenticationProvider(verifier, properties.rememberVerified()),
                new LoginThrottle(properties.loginThrottle(), System::nanoTime));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager users(SecurityProperties properties, Environment environment) {
        if (!environment.matchesProfiles(LOCAL_PROFILE)) {
            StoredPasswords.requireHashed(properties.users());
        }
        if (properties.users().isEmpty()) {
            log.warn("No users configured (mirante.security.users): every API request will be refused");
        }
        List<UserDetails> users = properties.users().stream()
                .map(user -> User.withUsername(user.username())
                        .password(user.password())
                        .roles(user.roles().stream().map(Role::name).toArray(String[]::new))
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }
}
