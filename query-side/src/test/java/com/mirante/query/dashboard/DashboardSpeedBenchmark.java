package com.mirante.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.query.QueryApplication;
import com.mirante.query.browser.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How fast the dashboard draws, measured in the browser (Performance API: navigation start to the
 * last chart drawn) over a year of a 20-hotel chain. Cold is a fresh browser's first load after
 * the application started; warm is the median of the loads after it. The figures are logged and
 * written to target/dashboard-speed.txt for BENCHMARKS.md; it fails past the ceiling the original
 * system promised (500 ms).
 *
 * <p>Not part of the test suite (its name is not a test's): projecting the year takes minutes. Run it with
 * {@code ./mvnw -pl query-side -am test -Dtest=DashboardSpeedBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(classes = QueryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + QueryApplication.CONFIG_NAME)
@ActiveProfiles("local")
class DashboardSpeedBenchmark {

    private static final Logger log = LoggerFactory.getLogger(DashboardSpeedBenchmark.class);
    private static final String DATABASE = EmbeddedDatabases.create("dashboard_speed");
    private static final LocalDate TODAY = LocalDate.of(2033, 3, 31);
    private static final int HOTELS = 20;
    private static final int ROOMS = 16;
    private static final int WARM_LOADS = 7;
    private static final double PROMISED_MS = 500;
    /** Where the time went: the page's five slowest requests, with milliseconds from start to end. */
    private static final String SLOWEST_REQUESTS = """
            return performance.getEntriesByType('resource').sort((a, b) => b.duration - a.duration).slice(0, 5)
                .map(r => new URL(r.name).pathname + ' ' + Math.round(r.duration) + ' ms').join(', ')""";

    @LocalServerPort
    private int port;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private io.micrometer.core.instrument.MeterRegistry meters;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
    }

    private record Timing(String view, double coldMs, double warmMs, Object slowestRequests) {
    }

    @Test
    void theDashboardDrawsAYearOfTwentyHotelsQuickly() throws IOException {
        long started = System.nanoTime();
        long events = new ChainFixture(eventStore)
                .chain(HOTELS, ROOMS, TODAY.minusDays(364), TODAY.plusDays(30), TODAY).events();
        ChainFixture.awaitProjected(eventStore, processing, Duration.ofMinutes(40));
        log.info("{} events appended and projected in {} s", events, (System.nanoTime() - started) / 1_000_000_000);

        List<Timing> timings = new ArrayList<>();
        for (String view : List.of("date=" + TODAY, "hotel=" + ChainFixture.hotelId(7) + "&date=" + TODAY)) {
            ChromeDriver browser = Chromium.start(1366, 900);
            try {
                double cold = load(browser, view);
                List<Double> warm = new ArrayList<>();
                for (int run = 0; run < WARM_LOADS; run++) {
                    warm.add(load(browser, view));
                }
                timings.add(new Timing(view, cold, warm.stream().sorted().toList().get(WARM_LOADS / 2),
                        browser.executeScript(SLOWEST_REQUESTS)));
            } finally {
                browser.quit();
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%d hotels x %d rooms, %s to %s, %d events%n", HOTELS, ROOMS, TODAY.minusDays(364), TODAY.plusDays(30),
                events));
        timings.forEach(timing -> report.append(String.format(Locale.ROOT,
                "%s: cold %.0f ms, warm (median of %d) %.0f ms; last load's slowest requests: %s%n",
                timing.view(), timing.coldMs(), WARM_LOADS, timing.warmMs(), timing.slowestRequests())));
        report.append("API alone, sequential, median of 5: ").append(apiAlone()).append('\n');
        report.append("Inside the server (mean of every request so far): ").append(serverMeans()).append('\n');
        log.info("Dashboard speed:\n{}", report);
        Files.createDirectories(Chromium.SCREENSHOTS.getParent());
        Files.writeString(Chromium.SCREENSHOTS.getParent().resolve("dashboard-speed.txt"), report);
        assertThat(timings).allSatisfy(timing -> assertThat(timing.warmMs()).as(timing.view()).isLessThan(PROMISED_MS));
    }

    /** The chain view's and a hotel view's requests timed from here, one at a time: the server's share. */
    private String apiAlone() {
        String hotel = "/api/v1/hotels/" + ChainFixture.hotelId(7);
        List<String> paths = List.of("/api/v1/me", "/api/v1/hotels",
                "/api/v1/chain/daily?from=" + TODAY.minusDays(29) + "&to=" + TODAY,
                "/api/v1/chain/today?date=" + TODAY,
                "/api/v1/chain/channels?from=" + TODAY.minusDays(29) + "&to=" + TODAY.plusDays(30),
                hotel + "/daily?from=" + TODAY.minusDays(29) + "&to=" + TODAY.plusDays(29),
                hotel + "/today?date=" + TODAY, hotel + "/rooms");
        List<String> timings = new ArrayList<>();
        for (String path : paths) {
            List<Double> millis = new ArrayList<>();
            for (int run = 0; run < 5; run++) {
                long start = System.nanoTime();
                rest.withBasicAuth("viewer", "viewer").getForObject(path, String.class);
                millis.add((System.nanoTime() - start) / 1e6);
            }
            timings.add(String.format(Locale.ROOT, "%s %.0f ms", path.replaceAll("\\?.*", ""),
                    millis.stream().sorted().toList().get(2)));
        }
        return String.join(", ", timings);
    }

    /** Spring's own timer of each endpoint, inside the server: what the API costs without client or browser. */
    private String serverMeans() {
        List<String> means = new ArrayList<>();
        meters.find("http.server.requests").timers().stream()
                .filter(timer -> timer.getId().getTag("uri").startsWith("/api/"))
                .sorted(java.util.Comparator.comparing(timer -> timer.getId().getTag("uri")))
                .forEach(timer -> means.add(String.format(Locale.ROOT, "%s %.1f ms", timer.getId().getTag("uri"),
                        timer.mean(java.util.concurrent.TimeUnit.MILLISECONDS))));
        return String.join(", ", means);
    }

    /** Milliseconds from navigation start to the last chart drawn. */
    private double load(ChromeDriver browser, String view) {
        browser.get("http://viewer:viewer@localhost:" + port + "/?" + view);
        DashboardPageTest.awaitPage(browser);
        return ((Number) browser.executeScript("return window.dashboardReadyAt")).doubleValue();
    }
}
