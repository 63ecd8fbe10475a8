package com.mirante.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform's HTTP security over plain HTTP, as an installation runs it (no local profile, bcrypt
 * passwords, behind a proxy that forwards the client's scheme, host and address): cross-site
 * requests refused before anything changes, protective headers on every response, failed sign-ins
 * throttled per user and per client address.
 */
@SpringBootTest(classes = SecuredProbe.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "mirante.security.login-throttle.max-failures=3"})
class ApiSecurityTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPERATOR = "operator:" + SecuredProbe.OPERATOR_PASSWORD;
    private static final String FROM_PAGES = CrossSiteRequestFilter.HEADER;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        SecuredProbe.users(registry);
    }

    private HttpResponse<String> send(String method, String credentials, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/probe"))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int changes() throws Exception {
        return Integer.parseInt(send("GET", OPERATOR, Map.of()).body());
    }

    private static JsonNode problem(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return JSON.readTree(response.body());
    }

    private void assertRefusedUnchanged(String method, Map<String, String> headers, String because) throws Exception {
        int before = changes();
        HttpResponse<String> refused = send(method, OPERATOR, headers);
        assertThat(refused.statusCode()).as(method + " " + headers).isEqualTo(403);
        assertThat(problem(refused).path("detail").asText()).as(method + " " + headers).contains(because);
        assertThat(changes()).isEqualTo(before);
    }

    @Test
    void aRequestThatChangesSomethingMustCarryTheHeaderOfOurPages() throws Exception {
        assertRefusedUnchanged("POST", Map.of(), FROM_PAGES);
        assertRefusedUnchanged("DELETE", Map.of(), FROM_PAGES);
        assertRefusedUnchanged("PUT", Map.of(FROM_PAGES, " "), FROM_PAGES);
        // An HTML form of another site, with the operator's credentials cached by the browser:
        assertRefusedUnchanged("POST", Map.of("Content-Type", "application/x-www-form-urlencoded",
                "Origin", "http://127.0.0.1:9", "Sec-Fetch-Site", "cross-site"), FROM_PAGES);

        int before = changes();
        // A client that is not a browser (curl, a script) sends the header and no Origin.
        assertThat(send("POST", OPERATOR, Map.of(FROM_PAGES, "curl")).statusCode()).isEqualTo(200);
        assertThat(changes()).isEqualTo(before + 1);
    }

    @Test
    void aBrowserRequestMustComeFromThisVeryOrigin() throws Exception {
        String own = "http://localhost:" + port;
        assertRefusedUnchanged("POST", Map.of(FROM_PAGES, "1", "Sec-Fetch-Site", "cross-site"), "another origin");
        assertRefusedUnchanged("POST", Map.of(FROM_PAGES, "1", "Sec-Fetch-Site", "same-site"), "another origin");
        assertRefusedUnchanged("POST", Map.of(FROM_PAGES, "1", "Origin", "http://127.0.0.1:" + port), "127.0.0.1");
        assertRefusedUnchanged("POST", Map.of(FROM_PAGES, "1", "Origin", "https://localhost:" + port), "https://");
        assertRefusedUnchanged("DELETE", Map.of(FROM_PAGES, "1", "Origin", "null"), "null");
        assertRefusedUnchanged("POST", Map.of(FROM_PAGES, "1", "Origin", "http://[bad"), "http://[bad");

        int before = changes();
        assertThat(send("POST", OPERATOR, Map.of(FROM_PAGES, "1", "Origin", own, "Sec-Fetch-Site", "same-origin"))
                .statusCode()).isEqualTo(200);
        assertThat(changes()).isEqualTo(before + 1);
    }

    @Test
    void behindAProxyThatTerminatesTlsTheOriginIsThePublicOne() throws Exception {
        Map<String, String> proxied = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "mirante.example",
                FROM_PAGES, "1", "Sec-Fetch-Site", "same-origin");
        int before = changes();
        HttpResponse<String> accepted = send("POST", OPERATOR, with(proxied, "Origin", "https://mirante.example"));

        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(changes()).isEqualTo(before + 1);
        assertThat(accepted.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
        assertRefusedUnchanged("POST", with(proxied, "Origin", "http://localhost:" + port), "http://localhost");
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return more;
    }

    @Test
    void aCrossSiteRequestIsRefusedBeforeAnyPasswordIsChecked() throws Exception {
        HttpResponse<String> anonymous = send("POST", null, Map.of("Sec-Fetch-Site", "cross-site"));
        HttpResponse<String> wrongPassword = send("POST", "operator:wrong", Map.of("X-Forwarded-For", "198.51.100.1"));

        assertThat(anonymous.statusCode()).isEqualTo(403);
        assertThat(wrongPassword.statusCode()).isEqualTo(403);
        // Refused before authentication: not a failed sign-in of the operator's, nor of the address's.
        assertThat(send("POST", OPERATOR, Map.of(FROM_PAGES, "1", "X-Forwarded-For", "198.51.100.1")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void everyResponseCarriesTheProtectiveHeaders() throws Exception {
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline")
                .contains("script-src 'self';", "frame-ancestors 'none'");
        for (HttpResponse<String> response : List.of(send("GET", OPERATOR, Map.of()), send("GET", null, Map.of()),
                send("POST", OPERATOR, Map.of()))) {
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(response.toString())
                    .hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            // Plain HTTP: no HSTS (a browser ignores it there, and it would pin a host that has no TLS).
            assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    @Test
    void refusalsAreProblemsThatSayWhy() throws Exception {
        HttpResponse<String> anonymous = send("GET", null, Map.of());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Mirante\"");
        assertThat(problem(anonymous).path("status").asInt()).isEqualTo(401);

        HttpResponse<String> viewer = send("POST", "viewer:" + SecuredProbe.VIEWER_PASSWORD, Map.of(FROM_PAGES, "1"));
        assertThat(viewer.statusCode()).isEqualTo(403);
        assertThat(problem(viewer).path("detail").asText()).isEqualTo("Your roles do not allow this request.");
    }

    @Test
    void aUserWhoFailedTooOftenIsRefusedFromAnyAddressEvenWithTheRightPassword() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            HttpResponse<String> failed = send("GET", "Ana:guess-" + attempt,
                    Map.of("X-Forwarded-For", "192.0.2." + attempt));
            assertThat(failed.statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = send("GET", "ana:" + SecuredProbe.ANA_PASSWORD,
                Map.of("X-Forwarded-For", "192.0.2.99"));

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(problem(throttled).path("status").asInt()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(send("GET", OPERATOR, Map.of("X-Forwarded-For", "192.0.2.99")).statusCode()).isEqualTo(200);
    }

    @Test
    void anAddressThatFailedTooOftenIsRefusedWhateverTheUser() throws Exception {
        Map<String, String> attacker = Map.of("X-Forwarded-For", "203.0.113.7");
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(send("GET", "user-" + attempt + ":guess", attacker).statusCode()).isEqualTo(401);
        }

        assertThat(send("GET", OPERATOR, attacker).statusCode()).isEqualTo(429);
        assertThat(send("GET", OPERATOR, Map.of("X-Forwarded-For", "203.0.113.8")).statusCode()).isEqualTo(200);
    }
}
