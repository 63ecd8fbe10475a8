package com.mirante.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.query.browser.Chromium;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard page in headless Chromium against the running query side on real PostgreSQL: what
 * the page shows is what the API answers. Its own database holds a small fictional chain.
 */
class DashboardPageTest extends SmallChainInBrowser {

    private static final String DATABASE = EmbeddedDatabases.create("dashboard_page");
    private static final LocalDate TODAY = LocalDate.of(2032, 9, 15);
    private static final List<String> FIGURES = List.of("occupancy", "adr", "revpar", "totalRevenue");

    DashboardPageTest() {
        super(TODAY, 40);
    }

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
    }

    /** Opens a view as the viewer and waits for its last chart, or fails with the page's own message. */
    private void open(String query) {
        browser.get("http://viewer:viewer@localhost:" + port + "/?" + query);
        awaitPage();
    }

    static void awaitPage(ChromeDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> {
            Object state = browser.executeScript(
                    "return document.documentElement.dataset.ready || document.documentElement.dataset.problem");
            return state != null;
        });
        assertThat(browser.findElement(By.id("problem")).isDisplayed())
                .as("the page reports: " + browser.findElement(By.id("problem")).getText()).isFalse();
        assertThat(Chromium.policyViolations(browser)).as("Content-Security-Policy violations").isEmpty();
    }

    private void awaitPage() {
        awaitPage(browser);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void assertFiguresOfToday(String scope) {
        JsonNode figures = api(scope + "/daily?from=" + TODAY + "&to=" + TODAY).get(0);
        for (String figure : FIGURES) {
            WebElement shown = browser.findElement(By.cssSelector("[data-figure='" + figure + "'] [data-today]"));
            assertThat(shown.getDomAttribute("data-value")).as(figure).isNotEmpty();
            assertThat(Double.parseDouble(shown.getDomAttribute("data-value"))).as(figure)
                    .isEqualTo(figures.path(figure).asDouble());
            assertThat(shown.getText()).as(figure).isNotBlank();
        }
        JsonNode today = api(scope + "/today?date=" + TODAY);
        assertThat(Map.of("arrivals", text("arrivals"), "departures", text("departures"), "inHouse", text("inHouse"),
                "cancellations", text("cancellations")))
                .isEqualTo(Map.of("arrivals", today.path("arrivals").asText(),
                        "departures", today.path("departures").asText(), "inHouse", today.path("inHouse").asText(),
                        "cancellations", figures.path("cancellations").asText()));
        JsonNode channels = api(scope + "/channels?from=" + TODAY.minusDays(29) + "&to=" + TODAY.plusDays(30));
        List<String> expected = new ArrayList<>();
        channels.forEach(share -> expected.add(share.path("channel").asText() + " " + share.path("reservations").asText()));
        List<String> shown = browser.findElements(By.cssSelector("#channels tbody tr")).stream()
                .map(row -> row.getDomAttribute("data-channel") + " " + row.findElements(By.tagName("td")).get(1).getText())
                .toList();
        assertThat(shown).isEqualTo(expected).isNotEmpty();
    }

    @Test
    void theChainViewShowsTheApisFiguresAndWhoIsSignedIn() throws IOException {
        open("date=" + TODAY);

        assertFiguresOfToday("/api/v1/chain");
        assertThat(text("user")).isEqualTo("Signed in as viewer (viewer)");
        assertThat(browser.findElements(By.cssSelector(".figure canvas"))).hasSize(4);
        assertThat(browser.findElements(By.cssSelector("#view option"))).hasSize(3);
        Chromium.screenshot(browser, "chain");
    }

    @Test
    void theHotelViewShowsItsFiguresPickupAndRoomBoard() throws IOException {
        String hotel = ChainFixture.hotelId(1);
        open("hotel=" + hotel + "&date=" + TODAY);

        assertFiguresOfToday("/api/v1/hotels/" + hotel);
        List<String> sold = new ArrayList<>();
        api("/api/v1/hotels/" + hotel + "/daily?from=" + TODAY + "&to=" + TODAY.plusDays(29))
                .forEach(night -> sold.add(night.path("roomsSold").asText()));
        assertThat(browser.findElement(By.id("pickup")).getDomAttribute("data-rooms-sold")).isEqualTo(String.join(",", sold));

        List<String> expected = new ArrayList<>();
        api("/api/v1/hotels/" + hotel + "/rooms").forEach(room -> expected.add(room.path("room").asText() + " "
                + room.path("housekeeping").asText() + " " + room.path("occupancy").asText()
                + (room.path("outOfService").asBoolean() ? " out of service: " + room.path("outOfServiceReason").asText() : "")));
        List<String> tiles = browser.findElements(By.cssSelector("#rooms .tile")).stream()
                .map(tile -> tile.getText() + " " + tile.getDomAttribute("data-housekeeping") + " "
                        + tile.getDomAttribute("data-occupancy")
                        + (tile.getDomAttribute("class").contains("out-of-service")
                        ? " out of service: " + tile.getDomAttribute("title").replaceAll(".*out of service: ", "") : ""))
                .toList();
        assertThat(tiles).hasSize(24).isEqualTo(expected);
        assertThat(tiles).anyMatch(tile -> tile.contains("out of service: Ar-condicionado"));
        Chromium.screenshot(browser, "hotel");

        browser.manage().window().setSize(new Dimension(820, 1180));
        Chromium.screenshot(browser, "hotel-tablet");
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    @Test
    void anApiErrorIsShownNotABlankPage() {
        browser.get("http://viewer:viewer@localhost:" + port + "/?hotel=NOPE1&date=" + TODAY);

        WebElement problem = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(page -> page.findElement(By.id("problem")).isDisplayed() ? page.findElement(By.id("problem")) : null);
        assertThat(problem.getText()).startsWith("The Mirante API answered 404 to /api/v1/hotels/NOPE1/")
                .endsWith(": Hotel NOPE1 not found.");
    }
}
