package org.tandem.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The curator's web UI in a real headless Chromium, served by the plug-in in a real Felix framework and talking to
 * the real JSON API. Skipped, with a message, when the machine has no chromedriver (CI installs it: see .ci/run).
 * Screenshots of the main pages go to {@code target/screenshots}.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CuratorUiIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static FelixPortal portal;
    private static WebDriver browser;
    private static Path screenshots;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        String driver = System.getProperty("tandem.it.chromedriver", "/usr/bin/chromedriver");
        String chromium = System.getProperty("tandem.it.chromium", "/usr/bin/chromium");
        assumeTrue(new File(driver).canExecute() && new File(chromium).canExecute(),
                "CuratorUiIT skipped: no " + driver + " or " + chromium + " on this machine "
                        + "(apt-get install chromium chromium-driver; .ci/run does it in CI)");
        screenshots = Files.createDirectories(Path.of(FelixPortal.required("tandem.it.screenshots")));
        portal = FelixPortal.start("-ui");
        portal.awaitOk("/tandem/api/health", WAIT);
        portal.awaitOk("/tandem/ui/", WAIT);

        profile = Files.createTempDirectory("tandem-ui-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // as root on a closed network Chromium needs all of these, or it hangs
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=ru-RU");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ru-RU,ru"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(WAIT);
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (portal != null) {
                portal.close();
            }
            if (profile != null) {
                try (var files = Files.walk(profile)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Test
    @Order(1)
    void static_files_have_their_content_types_an_etag_and_a_strict_policy() throws Exception {
        HttpResponse<String> redirect = get("/tandem/ui", null);
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).hasValue("/tandem/ui/");

        HttpResponse<String> index = get("/tandem/ui/", null);
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html").containsIgnoringCase("utf-8"));
        assertThat(index.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'").contains("script-src 'self'"));
        assertThat(index.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(index.body()).contains("<html lang=\"ru\">").contains("js/app.js");

        HttpResponse<String> script = get("/tandem/ui/js/app.js", null);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/javascript"));
        assertThat(get("/tandem/ui/css/app.css", null).headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(get("/tandem/ui/favicon.svg", null).headers().firstValue("Content-Type"))
                .hasValue("image/svg+xml");

        String etag = script.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("/tandem/ui/js/app.js", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        assertThat(get("/tandem/ui/nothing.js", null).statusCode()).isEqualTo(404);
        assertThat(get("/tandem/ui/.hidden", null).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void the_ui_opens_in_russian_and_both_message_tables_have_the_same_keys() {
        open("#/participants");
        assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("ru");
        assertThat(navTexts()).contains("Участники", "Импорт анкет", "Подбор пар", "Дорожная карта", "Показатели");
        Object missing = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('./js/messages.js').then(({ messages }) => {
                  const ru = Object.keys(messages.ru), en = Object.keys(messages.en);
                  done(ru.filter(k => !en.includes(k)).concat(en.filter(k => !ru.includes(k))));
                }, e => done(['error ' + e]));
                """);
        assertThat((List<?>) missing).as("keys in one message table only").isEmpty();
    }

    @Test
    @Order(3)
    void the_language_switch_changes_the_texts_and_the_language_sent_to_the_api() {
        open("#/participants");
        browser.findElement(By.cssSelector("button[data-lang='en']")).click();
        await(d -> d.findElement(By.cssSelector("html")).getAttribute("lang").equals("en"));
        await(d -> navTexts().contains("Participants"));
        assertThat(navTexts()).contains("Import questionnaires", "Matching", "Roadmap", "Figures");
        assertThat(browser.findElement(By.cssSelector("button[data-lang='en']")).getAttribute("aria-pressed"))
                .isEqualTo("true");
        // the API answers in the language the UI asks for
        Object message = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('./js/api.js').then(({ api }) => api.get('no-such-thing')).then(
                  () => done('no error'), e => done(e.message));
                """);
        assertThat((String) message).startsWith("No such resource");
        screenshot("language-english");

        browser.findElement(By.cssSelector("button[data-lang='ru']")).click();
        await(d -> navTexts().contains("Участники"));
        assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("ru");
    }

    // ---- helpers

    private static void open(String hash) {
        browser.get(portal.uri("/tandem/ui/" + hash).toString());
        await(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        awaitIdle();
    }

    /** Waits until the page has rendered: main not busy. */
    private static void awaitIdle() {
        await(d -> "false".equals(d.findElement(By.id("main")).getAttribute("aria-busy")));
    }

    private static List<String> navTexts() {
        return browser.findElements(By.cssSelector(".app-nav a")).stream().map(WebElement::getText).toList();
    }

    private static void await(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    @SuppressWarnings("unused")
    private static WebElement visible(By by) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static void screenshot(String name) {
        try {
            // the whole page, not only the window: make the window as tall as the document first
            Object height = ((JavascriptExecutor) browser).executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
            Dimension size = browser.manage().window().getSize();
            browser.manage().window().setSize(new Dimension(size.getWidth(),
                    Math.min(4000, Math.max(900, ((Number) height).intValue() + 140))));
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(screenshots.resolve(name + ".png"), png);
            browser.manage().window().setSize(size);
        } catch (IOException e) {
            throw new AssertionError("cannot write the screenshot " + name, e);
        }
    }

    private static HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(portal.uri(path)).timeout(Duration.ofSeconds(10)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
