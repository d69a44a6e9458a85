package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for the browser tests. Never downloads a browser: it uses /usr/bin/chromium and
 * /usr/bin/chromedriver (Debian packages chromium and chromium-driver, which .ci/run installs).
 */
final class Browser {

    static final Dimension PHONE = new Dimension(390, 844);
    static final Dimension DESKTOP = new Dimension(1280, 900);

    private Browser() {
    }

    /**
     * Replaces what a field holds with {@code text}, as a person does (select all, type): PrimeFaces date pickers
     * ignore {@code clear()}. Tries again when an Ajax update replaced the field meanwhile.
     */
    static void type(WebDriver browser, String id, String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement input = browser.findElement(By.id(id));
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                input.sendKeys(text);
                return;
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 3) {
                    throw replaced;
                }
            }
        }
    }

    /** Waits up to 15 s; a page part replaced by an Ajax update meanwhile is looked up again, not an error. */
    static WebDriverWait waitFor(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        // Chromium's "Node with given id does not belong to the document": a node read while an Ajax update replaced
        // it, the same thing as a stale element but not of that class. A timeout still names the last error.
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    /** Opens {@code path} of the admin, is sent to its login page, and logs in there. */
    static void logInToAdmin(WebDriver browser, WebDriverWait wait, String path, String username, String password) {
        browser.get(ItServer.baseUrl() + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys(username);
        browser.findElement(By.id("j_password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }

    /**
     * Logs an operator (password demo-operator) into the console at {@code baseUrl} and makes them available, as the
     * operator does: the console shows their alias, they press the availability button and it says so.
     */
    static void availableInConsole(WebDriver browser, WebDriverWait wait, String baseUrl, String username,
                                   String alias) {
        browser.get(baseUrl + "/operator/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys(username);
        browser.findElement(By.id("j_password")).sendKeys("demo-operator");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("my-alias"), alias));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("availability"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("availability-status"), "Je bent beschikbaar"));
    }

    /** No moderate, serious or critical WCAG 2.1 A/AA violation on the page as it is now (axe-core). */
    static void assertNoAccessibilityProblems(WebDriver browser) {
        assertThat(accessibilityProblems(browser)).as("axe violations (moderate and worse) on " + browser.getCurrentUrl())
                .isEmpty();
    }

    /** The moderate, serious and critical WCAG 2.1 A/AA violations on the page as it is now, each with where. */
    static List<String> accessibilityProblems(WebDriver browser) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        return results.getViolations().stream()
                .filter(rule -> List.of("moderate", "serious", "critical").contains(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + ") at " + rule.getNodes().stream().limit(3)
                        .map(node -> node.getTarget() + " " + abbreviated(node.getHtml())).toList())
                .toList();
    }

    private static String abbreviated(String html) {
        return html == null || html.length() <= 160 ? String.valueOf(html) : html.substring(0, 160) + "…";
    }

    /**
     * Takes the browser's network away ({@code false}) or gives it back, as a phone in a tunnel: Chromium's own network
     * emulation (DevTools protocol), so the page sees what it would see — sockets that fail, "offline" and "online".
     */
    static void network(WebDriver browser, boolean on) {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !on, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    static WebDriver start(Dimension size) {
        return start(size, ZoneId.of("UTC"));
    }

    /** A phone with a touch screen and no mouse (CSS "pointer: coarse"), 390×844 as an everyday phone. */
    static WebDriver startTouchPhone() {
        return start(PHONE, ZoneId.of("Europe/Brussels"), true, null);
    }

    static WebDriver start(Dimension size, ZoneId zone) {
        return start(size, zone, false, null);
    }

    /** A desktop browser that saves what it downloads in {@code downloads}, without asking. */
    static WebDriver startSavingDownloadsIn(Path downloads) {
        return start(DESKTOP, ZoneId.of("Europe/Brussels"), false, downloads);
    }

    /** A browser whose clock runs in {@code zone}, as a coordinator's laptop in Brussels (or abroad) would. */
    private static WebDriver start(Dimension size, ZoneId zone, boolean touch, Path downloads) {
        Path chromium = Path.of(System.getProperty("clbchat.chromium", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("clbchat.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
            throw new IllegalStateException("The browser tests need Debian's Chromium: " + chromium + " and " + driver
                    + " were not found. Install them with: apt-get install chromium chromium-driver"
                    + " (bash .ci/run does this for you).");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("clbchat-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException("No temporary folder for the browser profile", e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--lang=nl-BE",
                        "--user-data-dir=" + profile);
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
        }
        if (touch) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", size.getWidth(), "height", size.getHeight(), "pixelRatio", 3.0, "touch", true,
                            "mobile", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", zone.getId()))
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        if (!touch) {
            browser.manage().window().setSize(size);
        }
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }
}
