package com.mirante.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mirante.platform.security.CrossSiteRequestFilter;
import com.mirante.query.QuerySideIntegrationTest;
import com.mirante.query.browser.Chromium;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pages as a browser meets them, in headless Chromium: an operator signed in to the console
 * (Basic credentials cached by the browser) then visits a page of another site
 * ({@code 127.0.0.1}, another site than {@code localhost}) that tries to pause a processor; and
 * every page, Swagger UI included, works under the Content-Security-Policy without a violation.
 */
@QuerySideIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageSecurityTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PROCESSOR = "hotels";

    @LocalServerPort
    private int port;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private EventProcessingConfiguration processing;

    private HttpServer otherSite;
    private ChromeDriver browser;

    @BeforeAll
    void anotherSite() throws IOException {
        String pause = "http://localhost:" + port + "/api/v1/processors/" + PROCESSOR + "/pause";
        otherSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve("/who-am-i", """
                <form method="get" action="http://localhost:%d/api/v1/me"></form>
                <script>document.forms[0].submit()</script>""".formatted(port));
        serve("/form", """
                <form method="post" action="%s"><input type="hidden" name="confirm" value="yes"></form>
                <script>document.forms[0].submit()</script>""".formatted(pause));
        serve("/script", """
                <script>
                Promise.allSettled([
                  fetch('%1$s', {method: 'POST', credentials: 'include', headers: {'%2$s': 'forged'}}),
                  fetch('%1$s', {method: 'POST', credentials: 'include', mode: 'no-cors'})
                ]).then(results => document.title = 'done: ' + results.map(result => result.status).join(', '));
                </script>""".formatted(pause, CrossSiteRequestFilter.HEADER));
        otherSite.start();
    }

    /** A fresh browser for each test: Chromium would go on sending the credentials an earlier test signed in with. */
    @BeforeEach
    void aBrowser() throws IOException {
        browser = Chromium.start(1366, 900);
    }

    @AfterEach
    void closeTheBrowser() {
        browser.quit();
    }

    private void serve(String path, String body) {
        otherSite.createContext(path, exchange -> {
            byte[] page = ("<!doctype html><title>another site</title>" + body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
    }

    @AfterAll
    void closeTheOtherSite() {
        otherSite.stop(0);
    }

    private String otherSite(String path) {
        return "http://127.0.0.1:" + otherSite.getAddress().getPort() + path;
    }

    private String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void awaitReady() {
        new WebDriverWait(browser, WAIT).until(page -> browser.executeScript(
                "return document.documentElement.dataset.ready || document.documentElement.dataset.problem") != null);
        assertThat(browser.findElement(By.id("problem")).isDisplayed())
                .as("the page reports: " + browser.findElement(By.id("problem")).getText()).isFalse();
        assertThat(Chromium.policyViolations(browser)).as("Content-Security-Policy violations").isEmpty();
    }

    /** The operations asked of the processors so far (other classes on the shared database ask some too). */
    private long operations() {
        return jdbc.sql("SELECT count(*) FROM query_model.processor_operation").query(Long.class).single();
    }

    @Test
    void aPageOfAnotherSiteCannotPauseAProcessorWithTheOperatorsCachedCredentials() {
        long operationsBefore = operations();
        browser.get("http://operator:operator@localhost:" + port + "/console.html");
        awaitReady();

        // The threat is real: a navigation from the other site goes out with the operator's credentials.
        browser.get(otherSite("/who-am-i"));
        new WebDriverWait(browser, WAIT).until(page -> page.getCurrentUrl().contains("/api/v1/me"));
        assertThat(pageText()).contains("\"username\":\"operator\"");

        browser.get(otherSite("/form"));
        new WebDriverWait(browser, WAIT).until(page -> page.getCurrentUrl().endsWith("/pause"));
        assertThat(pageText()).contains("\"status\":403", CrossSiteRequestFilter.HEADER);

        browser.get(otherSite("/script"));
        new WebDriverWait(browser, WAIT).until(page -> page.getTitle().startsWith("done"));
        // With the header the browser asks first (a CORS preflight), and the API grants no other origin;
        // without it the request goes out and is refused, and its answer is withheld from the page
        // (Cross-Origin-Resource-Policy: same-origin).
        assertThat(browser.getTitle()).isEqualTo("done: rejected, rejected");

        JsonNode processor = rest.withBasicAuth("viewer", "viewer")
                .getForObject("/api/v1/processors/" + PROCESSOR, JsonNode.class);
        assertThat(processor.path("state").asText()).isEqualTo("RUNNING");
        assertThat(operations()).isEqualTo(operationsBefore);
        assertThat(processing.eventProcessor(PROCESSOR, StreamingEventProcessor.class).orElseThrow().isRunning()).isTrue();
    }

    @Test
    void theDashboardAndTheConsoleWorkUnderThePolicy() {
        browser.get("http://viewer:viewer@localhost:" + port + "/");
        awaitReady();
        browser.get("http://viewer:viewer@localhost:" + port + "/console.html");
        awaitReady();
    }

    /** Swagger UI adds a style element: its pages alone allow inline styles (see the platform's SecurityConfiguration). */
    @Test
    void swaggerUiShowsTheApiUnderThePolicy() {
        browser.get("http://localhost:" + port + "/swagger-ui.html");

        new WebDriverWait(browser, WAIT).until(page -> !page.findElements(By.cssSelector(".opblock")).isEmpty());
        assertThat(pageText()).contains("/api/v1/processors");
        assertThat(Chromium.policyViolations(browser)).as("Content-Security-Policy violations").isEmpty();
        assertThat(rest.getForEntity("/swagger-ui/index.html", String.class).getHeaders().getFirst("Content-Security-Policy"))
                .contains("script-src 'self';", "style-src 'self' 'unsafe-inline';", "frame-ancestors 'none'");
    }

    @Test
    void pagesAndTheirFilesCarryThePolicyAndTheOtherProtectiveHeaders() {
        for (String path : new String[] {"/", "/console.html", "/dashboard.js", "/webjars/uplot/dist/uPlot.iife.min.js"}) {
            ResponseEntity<String> response = rest.withBasicAuth("viewer", "viewer").getForEntity(path, String.class);
            HttpHeaders headers = response.getHeaders();
            assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
            assertThat(headers.getFirst("Content-Security-Policy")).as(path)
                    .contains("script-src 'self';", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(Map.of("X-Content-Type-Options", headers.getFirst("X-Content-Type-Options"),
                    "Referrer-Policy", headers.getFirst("Referrer-Policy"), "X-Frame-Options", headers.getFirst("X-Frame-Options")))
                    .as(path).isEqualTo(Map.of("X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer",
                            "X-Frame-Options", "DENY"));
        }
    }
}
