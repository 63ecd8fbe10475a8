package com.mirante.query.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Installs both with apt when they
 * are missing (the tests run as root on the project's machines), and fails with the reason
 * otherwise: a browser test that silently does not run would pass CI without testing the page.
 */
public final class Chromium {

    /** Where the browser tests leave their screenshots, under the module's target folder. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final File BROWSER = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");

    private Chromium() {
    }

    /** A fresh browser with its own profile, {@code width} x {@code height} pixels. */
    public static ChromeDriver start(int width, int height) throws IOException {
        ensureInstalled();
        Path profile = Files.createTempDirectory("mirante-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(BROWSER)
                .addArguments(FLAGS)
                .addArguments("--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        recordPolicyViolations(driver);
        return driver;
    }

    /**
     * Every Content-Security-Policy violation of every page opened in this browser, from before the
     * page's first script: what the policy blocked (or {@code inline}) and where.
     */
    private static void recordPolicyViolations(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.policyViolations = [];
                document.addEventListener('securitypolicyviolation', violation => window.policyViolations.push(
                    violation.effectiveDirective + ' blocked ' + (violation.blockedURI || 'inline') + ' in '
                        + violation.sourceFile + ':' + violation.lineNumber));"""));
    }

    /** The Content-Security-Policy violations of the page open now (see {@link #recordPolicyViolations}). */
    @SuppressWarnings("unchecked")
    public static List<String> policyViolations(ChromeDriver browser) {
        return (List<String>) browser.executeScript("return window.policyViolations");
    }

    /** The whole page as {@code SCREENSHOTS/name.png}: the window grows to the page's height for the shot, then goes back. */
    public static void screenshot(ChromeDriver browser, String name) throws IOException {
        Dimension window = browser.manage().window().getSize();
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) height + 150));
        Files.createDirectories(SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(window);
    }

    private static synchronized void ensureInstalled() {
        if (installed()) {
            return;
        }
        if (!apt("install", "-y", "chromium", "chromium-driver")) {
            apt("update");
            apt("install", "-y", "chromium", "chromium-driver");
        }
        if (!installed()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver ("
                    + BROWSER + ", " + DRIVER + "), and 'apt-get install -y chromium chromium-driver' did not"
                    + " install them: install them, then run the tests again");
        }
    }

    private static boolean installed() {
        return BROWSER.canExecute() && DRIVER.canExecute();
    }

    private static boolean apt(String... arguments) {
        List<String> command = new ArrayList<>(List.of("apt-get", "-q"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            return process.waitFor(15, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
