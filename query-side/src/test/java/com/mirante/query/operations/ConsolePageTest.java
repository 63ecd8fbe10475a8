package com.mirante.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mirante.api.hotel.HotelIds;
import com.mirante.api.hotel.HotelRegistered;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationIds;
import com.mirante.api.reservation.ReservationPlaced;
import com.mirante.api.reservation.ReservationStatus;
import com.mirante.api.schema.ColumnDefinition;
import com.mirante.api.schema.LegacyTableDropped;
import com.mirante.api.schema.LegacyTableIds;
import com.mirante.api.schema.LegacyTableReloaded;
import com.mirante.api.schema.LegacyTableSchemaChanged;
import com.mirante.api.schema.SchemaChangeKind;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.platform.security.CrossSiteRequestFilter;
import com.mirante.query.DomainEvents;
import com.mirante.query.QueryApplication;
import com.mirante.query.browser.Chromium;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The processor console in headless Chromium against the running query side on its own
 * PostgreSQL: what it shows is what the processors API answers, and its buttons act through it.
 */
@SpringBootTest(classes = QueryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + QueryApplication.CONFIG_NAME, "mirante.query.node-id=console-node",
                "axon.eventhandling.processors.poison_test.mode=pooled",
                "axon.eventhandling.processors.poison_test.initial-segment-count=1",
                "axon.eventhandling.processors.poison_test.dlq.enabled=true"})
@ActiveProfiles("local")
@Import(PoisonProjection.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolePageTest {

    private static final String DATABASE = EmbeddedDatabases.create("console_page");
    private static final List<String> PROCESSORS = List.of("guests", "hotel_daily", "hotels", "legacy_tables", "reservations",
            "room_board");
    private static final int RESERVATIONS = 3_000;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    private int port;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private PoisonProjection poison;

    private ChromeDriver browser;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
    }

    @BeforeAll
    void reservationsToReplay() {
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (long id = 1; id <= RESERVATIONS; id++) {
            batch.add(new GenericDomainEventMessage<>("Reservation", ReservationIds.aggregateId(id), 0, reservation(id)));
            if (batch.size() == 500) {
                eventStore.publish(batch);
                batch.clear();
            }
        }
        awaitReservationsProjected();
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    private static ReservationPlaced reservation(long id) {
        LocalDate arrival = LocalDate.of(2031, 3, 1).plusDays(id % 90);
        BigDecimal rate = BigDecimal.valueOf(300);
        ReservationDetails details = new ReservationDetails("CON-" + id, "CON01", null, arrival, arrival.plusDays(2),
                2, 0, "STD", "BAR", rate, rate.multiply(BigDecimal.valueOf(2)), "BRL", "SITE", true, arrival.minusDays(10).atTime(9, 0));
        return new ReservationPlaced(id, details, ReservationStatus.CONFIRMED, null,
                new SourcePosition("reservas.reserva", Long.toString(id), SourceOperation.LOAD, null, null, null, null, null));
    }

    private JsonNode api(String path) {
        return rest.withBasicAuth("viewer", "viewer").getForObject(path, JsonNode.class);
    }

    private long reservationsShown() {
        return api("/api/v1/reservations?hotelId=CON01&size=1").path("total").asLong();
    }

    private void awaitReservationsProjected() {
        await().atMost(WAIT).until(() -> reservationsShown() == RESERVATIONS);
    }

    /**
     * Opens the console as {@code user} in a fresh browser (Chromium would go on sending the credentials an
     * earlier test signed in with) and waits for its first rendering, or fails with the page's own message.
     */
    private void open(String user) throws IOException {
        closeTheBrowser();
        browser = Chromium.start(1366, 900);
        browser.get("http://" + user + ":" + user + "@localhost:" + port + "/console.html");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> browser.executeScript(
                "return document.documentElement.dataset.ready || document.documentElement.dataset.problem") != null);
        assertThat(browser.findElement(By.id("problem")).isDisplayed())
                .as("the page reports: " + browser.findElement(By.id("problem")).getText()).isFalse();
        assertThat(Chromium.policyViolations(browser)).as("Content-Security-Policy violations").isEmpty();
    }

    /**
     * Reads an element of a processor's card in one script: the card is rendered anew every two
     * seconds, and an element found in one call may be stale by the next.
     */
    private Object inCard(String processor, String selector, String expression) {
        return script("const element = document.querySelector(\"[data-processor='" + processor + "'] " + selector
                + "\"); return " + expression + ";");
    }

    @Test
    void showsEveryProcessorWithItsSegmentsAndOwners() throws IOException {
        open("operator");

        List<String> shown = browser.findElements(By.cssSelector("#processors [data-processor]")).stream()
                .map(card -> card.getDomAttribute("data-processor")).toList();
        assertThat(shown).containsAll(PROCESSORS);
        for (String name : PROCESSORS) {
            JsonNode processor = api("/api/v1/processors/" + name);
            List<String> expected = new ArrayList<>();
            processor.path("segments").forEach(s -> expected.add(s.path("segment").asText() + " " + s.path("owner").asText()));
            // Read in one script: the cards are rendered anew every two seconds, and rows found before that go stale.
            @SuppressWarnings("unchecked")
            List<String> rows = (List<String>) script("return [...document.querySelectorAll("
                    + "'[data-processor=\"" + name + "\"] table.segments tbody tr')]"
                    + ".map(row => row.dataset.segment + ' ' + row.cells[2].textContent.trim())");
            assertThat(rows).as(name).isEqualTo(expected).isNotEmpty().allMatch(row -> row.endsWith(" console-node"));
            assertThat(script("return document.querySelector('[data-processor=\"" + name + "\"] .state').textContent"))
                    .as(name).isEqualTo("RUNNING");
        }
        assertThat(browser.findElement(By.id("user")).getText()).isEqualTo("Signed in as operator (operator, viewer)");
        assertThat(inCard("reservations", "[data-figure='headPosition']", "element.textContent.trim()"))
                .isNotEqualTo("0");
        Chromium.screenshot(browser, "console");
    }

    @Test
    void aReplayStartedFromTheButtonShowsProgressAndCompletes() throws IOException {
        open("operator");
        recordReservationsCardRenderings();

        confirm("[data-processor='reservations'] button[data-action='replay']", "Replay reservations from the first event?");

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> seen().stream().anyMatch(s -> s.startsWith("REPLAYING")));
        if ("REPLAYING".equals(inCard("reservations", "", "element.dataset.state"))) {
            Chromium.screenshot(browser, "console-replay");
        }
        // Read in one script: the card is rendered anew every two seconds, and elements found before that go stale.
        new WebDriverWait(browser, WAIT).until(page -> Boolean.TRUE.equals(browser.executeScript("""
                const card = document.querySelector('[data-processor="reservations"]');
                return card.dataset.state === 'RUNNING' && [...card.querySelectorAll('table.segments tbody tr')]
                    .every(row => row.cells[4].textContent === 'caught up');""")));

        List<String> replaying = seen().stream().filter(s -> s.startsWith("REPLAYING")).toList();
        assertThat(replaying).allMatch(s -> s.endsWith(" shown"))
                .allMatch(s -> Double.parseDouble(s.split(" ")[1]) < 1.0);
        assertThat(inCard("reservations", ".replay", "element.checkVisibility()")).isEqualTo(false);
        JsonNode reservations = api("/api/v1/processors/reservations");
        assertThat(reservations.path("state").asText()).isEqualTo("RUNNING");
        assertThat(reservations.path("replayProgress").asDouble()).isEqualTo(1.0);
        assertThat(reservationsShown()).isEqualTo(RESERVATIONS);
        Chromium.screenshot(browser, "console-replayed");
    }

    @Test
    void aRebuildStartedFromTheButtonShowsProgressAndSwitchesToTheNewTables() throws IOException {
        open("operator");
        recordReservationsCardRenderings();

        confirm("[data-processor='reservations'] button[data-action='rebuild']",
                "Rebuild reservations into new tables beside the live ones?");

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> seen().stream().anyMatch(s -> s.startsWith("REBUILDING")));
        new WebDriverWait(browser, WAIT).until(page -> Boolean.TRUE.equals(browser.executeScript("""
                const card = document.querySelector('[data-processor="reservations"]');
                return card.dataset.state === 'RUNNING' && card.querySelector('.replay').hidden;""")));

        List<String> rebuilding = seen().stream().filter(s -> s.startsWith("REBUILDING")).toList();
        assertThat(rebuilding).allMatch(s -> s.endsWith(" rebuild shown"))
                .allMatch(s -> Double.parseDouble(s.split(" ")[1]) <= 1.0);
        JsonNode reservations = api("/api/v1/processors/reservations");
        assertThat(reservations.path("state").asText()).isEqualTo("RUNNING");
        assertThat(reservations.path("rebuild").isNull()).isTrue();
        assertThat(reservationsShown()).isEqualTo(RESERVATIONS);
        Chromium.screenshot(browser, "console-rebuilt");
    }

    /** Clicks a button of the page, checks the question its dialog asks, and confirms. */
    private void confirm(String button, String question) {
        // The cards are rendered anew every two seconds (not while the dialog is open): a button found just before may go stale.
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(page -> {
            page.findElement(By.cssSelector(button)).click();
            return true;
        });
        assertThat(browser.findElement(By.id("confirm")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("confirm-question")).getText()).startsWith(question);
        browser.findElement(By.id("confirm-ok")).click();
    }

    private Object script(String script) {
        return browser.executeScript(script);
    }

    @Test
    void splitsAndMergesASegmentAndShowsWhyTheApiRefusesOne() throws IOException {
        open("operator");

        confirm("[data-processor='room_board'] tr[data-segment='0'] button[data-action='split']",
                "Split segment 0 of room_board in two?");
        new WebDriverWait(browser, WAIT).until(page -> Long.valueOf(2).equals(script(
                "return document.querySelectorAll('[data-processor=\"room_board\"] table.segments tbody tr').length")));
        assertThat(api("/api/v1/processors/room_board").path("segments")).hasSize(2);

        confirm("[data-processor='room_board'] tr[data-segment='0'] button[data-action='merge']",
                "Merge segment 0 of room_board with its sibling?");
        new WebDriverWait(browser, WAIT).until(page -> Long.valueOf(1).equals(script(
                "return document.querySelectorAll('[data-processor=\"room_board\"] table.segments tbody tr').length")));

        // A paused processor runs on no node: the API refuses the split (409), and the page says why.
        assertThat(operate("/api/v1/processors/room_board/pause")).isEqualTo(HttpStatus.ACCEPTED);
        try {
            new WebDriverWait(browser, WAIT).until(page -> "PAUSED".equals(script(
                    "return document.querySelector('[data-processor=\"room_board\"]').dataset.state")));
            confirm("[data-processor='room_board'] tr[data-segment='0'] button[data-action='split']",
                    "Split segment 0 of room_board in two?");
            WebElement problem = new WebDriverWait(browser, Duration.ofSeconds(20)).until(page ->
                    page.findElement(By.id("problem")).isDisplayed() ? page.findElement(By.id("problem")) : null);
            assertThat(problem.getText()).isEqualTo("The Mirante API answered 409 to POST"
                    + " /api/v1/processors/room_board/segments/0/split: Processor room_board is not running on this node:"
                    + " cannot split.");
        } finally {
            assertThat(operate("/api/v1/processors/room_board/resume")).isEqualTo(HttpStatus.ACCEPTED);
        }
        await().atMost(WAIT).until(() -> api("/api/v1/processors/room_board").path("state").asText().equals("RUNNING"));
    }

    @Test
    void listsDeadLettersWithTheirCauseAndEvictsAndRetriesThem() throws IOException {
        registerHotel("DLX01", "POISON first");
        registerHotel("DLX02", "POISON second");
        await().atMost(WAIT).until(() -> api("/api/v1/processors/poison_test").path("deadLetters").asLong() == 2);
        open("operator");

        assertThat(deadLetterCauses()).containsExactlyInAnyOrder(
                "IllegalStateException: cannot project poisoned hotel DLX01",
                "IllegalStateException: cannot project poisoned hotel DLX02");
        Chromium.screenshot(browser, "console-dead-letters");
        // Refreshes read the processors every two seconds, their dead letters only when the count changes.
        long deadLetterReads = fetched("/dead-letters?");
        long processorReads = fetched("/api/v1/processors");
        new WebDriverWait(browser, WAIT).until(page -> fetched("/api/v1/processors") >= processorReads + 2);
        assertThat(fetched("/dead-letters?")).isEqualTo(deadLetterReads);

        confirm("[data-processor='poison_test'] tr[data-dead-letter] button[data-action='evict']", "Evict (delete for good)");
        new WebDriverWait(browser, WAIT).until(page -> deadLetterCauses().size() == 1);
        assertThat(api("/api/v1/processors/poison_test/dead-letters").path("items")).hasSize(1);

        poison.cure();
        confirm("[data-processor='poison_test'] tr[data-dead-letter] button[data-action='retry']", "Retry the HotelRegistered event");
        new WebDriverWait(browser, WAIT).until(page -> deadLetterCauses().isEmpty());
        assertThat(poison.handled()).containsAnyOf("DLX01", "DLX02");
        // Read in one script: the cards are rendered anew every two seconds, and an element found before goes stale.
        new WebDriverWait(browser, WAIT).until(page -> "No dead letters.".equals(script(
                "return document.querySelector(\"[data-processor='poison_test'] .dead-letters\").textContent.trim()")));
    }

    @Test
    void showsALinePerLegacyTableWithItsColumnsAndItsLastDrift() throws IOException {
        ColumnDefinition key = new ColumnDefinition("INT64", null, null, null, false);
        ColumnDefinition code = new ColumnDefinition("WSTRING", 10, null, null, true);
        Map<String, ColumnDefinition> widened = new LinkedHashMap<>();
        widened.put("id_fatura", key);
        widened.put("cod_parceiro", code);
        String invoices = "faturamento.fatura";
        schemaLog(invoices, new LegacyTableSchemaChanged(invoices, SchemaChangeKind.CREATE_TABLE,
                Map.of("id_fatura", key), List.of("id_fatura"), null, Instant.parse("2025-03-18T13:00:00Z")));
        schemaLog(invoices, new LegacyTableSchemaChanged(invoices, SchemaChangeKind.ADD_COLUMN,
                widened, List.of("id_fatura"), null,
                Instant.parse("2025-03-18T13:30:00Z")));
        schemaLog(invoices, new LegacyTableDropped(invoices, null, Instant.parse("2025-03-20T03:00:04Z")));
        schemaLog(invoices, new LegacyTableReloaded(invoices, null, Instant.parse("2025-03-20T03:00:04Z"),
                Instant.parse("2025-03-20T03:00:05Z")));
        String charges = "faturamento.lancamento";
        schemaLog(charges, new LegacyTableDropped(charges, null, Instant.parse("2025-03-21T08:00:00Z")));
        await().atMost(WAIT).until(() -> api("/api/v1/legacy-tables").size() == 2
                && api("/api/v1/legacy-tables/" + invoices).path("reloads").size() == 1);
        open("viewer");

        @SuppressWarnings("unchecked")
        List<List<String>> lines = (List<List<String>>) script("return [...document.querySelectorAll("
                + "'#legacy-tables tr[data-legacy-table]')].map(row => [...row.cells].map(cell => cell.textContent))");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).subList(0, 2)).containsExactly(invoices, "2: id_fatura, cod_parceiro");
        assertThat(lines.get(0).get(2)).startsWith("add column +cod_parceiro, ");
        assertThat(lines.get(0).get(3)).isNotEqualTo("none");
        assertThat(lines.get(1)).first().isEqualTo(charges);
        assertThat(lines.get(1).get(1)).isEqualTo("not reported");
        assertThat(lines.get(1).get(2)).startsWith("dropped ");
        assertThat(lines.get(1).get(3)).isEqualTo("none");
        Chromium.screenshot(browser, "console-legacy-tables");
    }

    private void schemaLog(String table, Object event) {
        DomainEvents.publish(eventStore, "LegacyTable", LegacyTableIds.aggregateId(table), event);
    }

    private void registerHotel(String hotelId, String name) {
        DomainEvents.publish(eventStore, "Hotel", HotelIds.aggregateId(hotelId), new HotelRegistered(hotelId, name,
                "Natal", "RN", 40, "America/Fortaleza", true,
                new SourcePosition("cadastro.hotel", hotelId, SourceOperation.LOAD, null, null, null, null, null)));
    }

    /** How many requests the page made to URLs ending in (or, with a '?', holding) {@code path}. */
    private long fetched(String path) {
        return (Long) browser.executeScript("return performance.getEntriesByType('resource').filter(entry =>"
                + " arguments[0].endsWith('?') ? entry.name.includes(arguments[0]) : entry.name.endsWith(arguments[0]))"
                + ".length", path);
    }

    @SuppressWarnings("unchecked")
    private List<String> deadLetterCauses() {
        return (List<String>) script("return [...document.querySelectorAll('[data-processor=\"poison_test\"] tr[data-dead-letter]')]"
                + ".map(row => row.cells[3].textContent)");
    }

    private HttpStatus operate(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(CrossSiteRequestFilter.HEADER, "test");
        return HttpStatus.valueOf(rest.withBasicAuth("operator", "operator")
                .exchange(path, HttpMethod.POST, new HttpEntity<>(headers), JsonNode.class).getStatusCode().value());
    }

    @SuppressWarnings("unchecked")
    /**
     * Records every rendering of the reservations card ("state progress kind shown|hidden"), so a
     * state shown between two of the test's looks is seen; {@link #seen()} reads them.
     */
    private void recordReservationsCardRenderings() {
        browser.executeScript("""
                window.seen = [];
                new MutationObserver(() => {
                  const card = document.querySelector('[data-processor="reservations"]');
                  const bar = card && card.querySelector('.replay');
                  if (card) window.seen.push(card.dataset.state + ' ' + bar.dataset.progress + ' ' + bar.dataset.kind
                      + (bar.hidden ? ' hidden' : ' shown'));
                }).observe(document.getElementById('processors'), {childList: true});""");
    }

    private List<String> seen() {
        return (List<String>) browser.executeScript("return window.seen");
    }

    @Test
    void aViewerSeesEverythingButCannotAct() throws IOException {
        open("viewer");

        List<WebElement> buttons = browser.findElements(By.cssSelector("#processors button"));
        assertThat(buttons).hasSizeGreaterThanOrEqualTo(PROCESSORS.size() * 3).noneMatch(WebElement::isEnabled);
        assertThat(browser.findElement(By.id("read-only")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("user")).getText()).isEqualTo("Signed in as viewer (viewer)");
        Chromium.screenshot(browser, "console-viewer");

        browser.manage().window().setSize(new Dimension(820, 1180));
        Chromium.screenshot(browser, "console-tablet");
        browser.manage().window().setSize(new Dimension(1366, 900));
    }
}
