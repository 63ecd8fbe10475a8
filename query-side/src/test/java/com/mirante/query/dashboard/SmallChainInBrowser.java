package com.mirante.query.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.mirante.query.QueryApplication;
import com.mirante.query.browser.Chromium;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the dashboard's browser tests share: the running query side on real PostgreSQL holding a
 * small fictional chain (two hotels of 24 rooms, with history before the page's day and bookings
 * after it), and a headless Chromium to open the page in. Each test class names its own database.
 */
@SpringBootTest(classes = QueryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + QueryApplication.CONFIG_NAME)
@ActiveProfiles("local")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SmallChainInBrowser {

    @LocalServerPort
    protected int port;
    @Autowired
    protected EventStore eventStore;
    @Autowired
    protected EventProcessingConfiguration processing;
    @Autowired
    protected TestRestTemplate rest;

    protected ChromeDriver browser;

    private final LocalDate today;
    private final int daysOfHistory;

    protected SmallChainInBrowser(LocalDate today, int daysOfHistory) {
        this.today = today;
        this.daysOfHistory = daysOfHistory;
    }

    @BeforeAll
    void aSmallChainAndABrowser() throws IOException {
        new ChainFixture(eventStore).chain(2, 24, today.minusDays(daysOfHistory), today.plusDays(30), today);
        ChainFixture.awaitProjected(eventStore, processing, Duration.ofSeconds(60));
        browser = Chromium.start(1366, 900);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected JsonNode api(String path) {
        return rest.withBasicAuth("viewer", "viewer").getForObject(path, JsonNode.class);
    }
}
