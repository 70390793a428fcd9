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
import java.time.LocalDate;
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
import org.openqa.selenium.support.ui.Select;
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

    private static TandemFelix portal;
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
        screenshots = Files.createDirectories(Path.of(System.getProperty("tandem.it.screenshots",
                "target/screenshots")).toAbsolutePath());
        // this run's screenshots only: no stale failure picture from an earlier run
        try (var old = Files.newDirectoryStream(screenshots, "*.png")) {
            for (Path png : old) {
                Files.delete(png);
            }
        }
        portal = TandemFelix.start("curator-ui");
        portal.awaitResponse("/tandem/api/health", null, r -> r.statusCode() == 200);
        portal.awaitResponse("/tandem/ui/", null, r -> r.statusCode() == 200);

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
    void the_ui_opens_in_russian_and_both_message_tables_have_the_same_keys() throws Exception {
        setUpSchool();
        open("#/participants");
        assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("ru");
        assertThat(navTexts()).contains("Участники", "Импорт анкет", "Подбор пар", "Дорожная карта", "Показатели");
        assertThat(text("main h1")).isEqualTo("Участники и согласия");
        assertThat(text("main")).contains("В базе пока никого нет");
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
    void a_questionnaire_file_with_bad_rows_shows_each_rows_error_and_saves_nothing() throws Exception {
        open("#/import?side=mentees");
        upload(csv("mentees-bad.csv", Questionnaires.menteesWithErrors()));
        WebElement result = await(By.cssSelector("#import-result table"));
        assertThat(text("#import-result h2")).isEqualTo("Файл не импортирован");
        List<String> lines = browser.findElements(By.cssSelector("#import-result tbody tr th")).stream()
                .map(WebElement::getText).toList();
        assertThat(lines).contains("3", "4");
        assertThat(result.getText()).contains("Дата рождения");
        screenshot("import-errors");

        assertThat(apiGet("/tandem/api/organizations/school-7/participants")).doesNotContain("t-101");
    }

    @Test
    @Order(4)
    void a_curator_imports_the_mentors_and_the_mentees_with_columns_mapped_by_their_headers() throws Exception {
        open("#/import");
        upload(csv("mentors.csv", Questionnaires.mentors()));
        await(By.cssSelector("#import-result .notice.ok"));
        assertThat(browser.findElement(By.cssSelector("#import-result [data-created]")).getAttribute("data-created"))
                .isEqualTo("3");

        open("#/import?side=mentees");
        upload(csv("mentees.csv", Questionnaires.mentees()));
        await(By.cssSelector("#import-result .notice.ok"));
        assertThat(text("#import-result")).contains("Новых участников: 4");
        screenshot("import-done");
    }

    @Test
    @Order(5)
    void the_participants_page_shows_consents_and_a_withdrawal_erases_the_persons_data() {
        open("#/participants");
        await(d -> d.findElements(By.cssSelector("tr[data-person]")).size() == 7);
        assertThat(text("tr[data-person='t-104']")).contains("Белова Ксения Андреевна").contains("действует");

        browser.findElement(By.cssSelector("tr[data-person='t-104'] button.danger")).click();
        WebElement dialog = await(By.cssSelector("dialog[open]"));
        assertThat(dialog.getText()).contains("Отзыв согласия").contains("будут удалены");
        dialog.findElement(By.cssSelector("button[type='submit']")).click();
        await(d -> d.findElement(By.cssSelector("tr[data-person='t-104']")).getText().contains("отозвано"));
        awaitIdle();
        assertThat(text("tr[data-person='t-104']")).contains("данные удалены").doesNotContain("Белова");
        assertThat(text("main")).contains("Согласие действует: 6 · отозвано: 1");
        screenshot("participants");
    }

    @Test
    @Order(6)
    void matching_shows_each_pairs_explanation_and_why_a_mentee_is_left_without_a_mentor() {
        open("#/matching");
        assertThat(text("main h1")).isEqualTo("Подбор наставнических пар");
        browser.findElement(By.id("run-preview")).click();
        await(d -> d.findElements(By.cssSelector("#matching-result .pair-card")).size() == 2);
        assertThat(text("#matching-result h2")).contains("не сохранён");
        List<WebElement> pairs = browser.findElements(By.cssSelector("#matching-result .pair-card"));
        for (WebElement pair : pairs) {
            assertThat(pair.getText()).contains("совместимость");
        }
        // three mentees, two mentors with one place each, a third mentor without the required experience
        WebElement unmatched = await(By.cssSelector("[data-unmatched]"));
        assertThat(unmatched.getText()).contains("Орлова Мария Сергеевна").contains("Лебедев Павел Андреевич").contains("стаж");
        // the mentee who withdrew her consent is named in one line, not as a candidate for matching
        assertThat(browser.findElements(By.cssSelector("[data-unmatched]"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("[data-no-consent]")).getAttribute("data-no-consent")).isEqualTo("1");
        screenshot("matching-preview");
    }

    @Test
    @Order(8)
    void the_weights_the_threshold_and_pinned_pairs_go_with_the_run_and_change_what_it_shows() {
        open("#/matching");
        // a threshold above every score: no pair, and every mentee says why
        setValue("#matching-settings input[name='threshold']", "0.99");
        browser.findElement(By.id("run-preview")).click();
        await(d -> text("#matching-result").contains("порог 0,99"));
        assertThat(browser.findElements(By.cssSelector("#matching-result .pair-card"))).isEmpty();
        List<WebElement> unmatched = browser.findElements(By.cssSelector("[data-unmatched]"));
        assertThat(unmatched).hasSize(3);
        for (WebElement mentee : unmatched) {
            assertThat(mentee.getText()).contains("ниже порога совместимости");
        }
        screenshot("matching-threshold");

        // the threshold back to none, the mentee's deficits weighed 0: the pairs come back without that criterion
        setValue("#matching-settings input[name='threshold']", "");
        WebElement deficits = browser.findElement(By.cssSelector("#matching-settings input[data-criterion='deficits']"));
        String criterion = browser.findElement(By.cssSelector("label[for='" + deficits.getAttribute("id") + "']"))
                .getText().replaceFirst("^Вес: ", "");
        assertThat(criterion).isNotBlank();
        // an empty weight field shows the criterion's default weight (the API's defaultWeight: 3 for deficits)
        assertThat(deficits.getAttribute("placeholder")).isEqualTo("3");
        browser.findElement(By.id("run-preview")).click();
        await(d -> text("#matching-result").contains("веса по умолчанию"));
        await(d -> d.findElements(By.cssSelector("#matching-result .pair-card")).size() == 2);
        assertThat(contributions()).allSatisfy(c -> assertThat(c).contains(criterion));
        setValue("#matching-settings input[data-criterion='deficits']", "0");
        browser.findElement(By.id("run-preview")).click();
        await(d -> text("#settings-used").contains("веса " + criterion + " 0"));
        await(d -> d.findElements(By.cssSelector("#matching-result .pair-card")).size() == 2);
        assertThat(contributions()).noneSatisfy(c -> assertThat(c).contains(criterion));

        // pinning a shown pair: the next run keeps it and marks it pinned
        setValue("#matching-settings input[data-criterion='deficits']", "");
        WebElement first = browser.findElement(By.cssSelector("#matching-result .pair-card"));
        String pair = first.getAttribute("data-pair");
        first.findElement(By.cssSelector("button[data-action='pin']")).click();
        await(d -> text("#settings-used").contains("закреплено пар: 1"));
        awaitIdle();
        assertThat(text("#matching-result [data-pair='" + pair + "']")).contains("закреплена");
        assertThat(browser.findElements(By.cssSelector("#pinned-list [data-pinned='" + pair + "']"))).hasSize(1);
        screenshot("matching-settings");

        browser.findElement(By.cssSelector("#matching-result [data-pair='" + pair + "'] button[data-action='unpin']")).click();
        await(d -> text("#settings-used").contains("закреплено пар: 0"));
        assertThat(browser.findElements(By.id("pinned-list"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#matching-result .pair-card"))).hasSize(2);
        assertThat(text("#settings-used")).contains("веса по умолчанию").contains("порог 0");
    }

    @Test
    @Order(9)
    void the_curator_proposes_the_pairs_swaps_two_and_approves_one() {
        open("#/matching");
        browser.findElement(By.id("run-propose")).click();
        await(d -> d.findElements(By.cssSelector("#proposals [data-mentorship]")).size() == 2);
        List<String> before = proposalLabels();

        WebElement first = browser.findElements(By.cssSelector("#proposals [data-mentorship]")).get(0);
        first.findElements(By.cssSelector("button.secondary")).stream()
                .filter(b -> b.getText().equals("Поменять")).findFirst().orElseThrow().click();
        await(d -> !proposalLabels().equals(before) && proposalLabels().size() == 2);
        List<String> after = proposalLabels();
        assertThat(after).doesNotContainAnyElementsOf(before);
        screenshot("matching-proposals");

        WebElement card = browser.findElements(By.cssSelector("#proposals [data-mentorship]")).get(0);
        approvedPair = card.getAttribute("aria-label");
        card.findElement(By.cssSelector("input[name='orderNumber']")).sendKeys("15-о");
        card.findElement(By.cssSelector("form button[type='submit']")).click();
        await(d -> d.findElements(By.cssSelector("#proposals [data-mentorship]")).size() == 1);
        await(d -> text("#proposals table").contains("№ 15-о"));
        assertThat(text("#proposals table")).contains("утверждена");
    }

    @Test
    @Order(10)
    void the_approved_pair_has_its_mentorship_page_with_a_program_meetings_and_feedback() {
        String[] names = approvedPair.split(" — ");
        open("#/mentorships");
        assertThat(text("main table")).contains(names[1]).contains("утверждена").contains("предложена");
        browser.findElement(By.linkText(names[0])).click();
        await(d -> d.findElement(By.cssSelector("main h1")).getText().startsWith("Наставничество:"));
        awaitIdle();
        assertThat(text("main h1")).contains(names[0]).contains(names[1]);
        assertThat(text("main")).contains("утверждена").contains("№ 15-о");

        // the personalized program: one goal per deficit of the mentee
        browser.findElement(By.cssSelector("#program-heading + form input[name='taskTitle']")).sendKeys("Посетить три урока наставника");
        setDate("#program-heading + form input[name='end']", LocalDate.now().plusMonths(6));
        setDate("#program-heading + form input[name='taskDeadline']", LocalDate.now().plusMonths(1));
        browser.findElement(By.cssSelector("#program-heading + form button[type='submit']")).click();
        await(d -> d.findElements(By.cssSelector("[role='progressbar']")).size() == 1);
        awaitIdle();
        assertThat(text("main")).contains("Цели").contains("Посетить три урока наставника");

        // the first meeting makes the pair active
        browser.findElement(By.cssSelector("textarea[name='summary']")).sendKeys("Знакомство, план на четверть");
        browser.findElement(By.xpath("//button[.='Сохранить встречу']")).click();
        await(d -> text("main").contains("Знакомство, план на четверть"));
        awaitIdle();
        assertThat(text("#facts-heading + dl")).contains("работает");

        browser.findElement(By.cssSelector("textarea[name='comment']")).sendKeys("Пара работает слаженно");
        browser.findElement(By.xpath("//button[.='Сохранить отзыв']")).click();
        await(d -> text("main").contains("Пара работает слаженно"));
        awaitIdle();
        screenshot("mentorship");
    }

    @Test
    @Order(7)
    void the_language_switch_changes_the_texts_and_the_language_the_api_answers_in() {
        open("#/matching");
        browser.findElement(By.cssSelector("button[data-lang='en']")).click();
        await(d -> d.findElement(By.cssSelector("html")).getAttribute("lang").equals("en"));
        await(d -> navTexts().contains("Participants"));
        awaitIdle();
        assertThat(navTexts()).contains("Import questionnaires", "Matching", "Roadmap", "Figures");
        assertThat(text("main h1")).isEqualTo("Matching mentors and mentees");
        assertThat(browser.findElement(By.cssSelector("button[data-lang='en']")).getAttribute("aria-pressed"))
                .isEqualTo("true");

        // the API's own texts follow: the explanations of a new run and its errors come in English
        browser.findElement(By.id("run-preview")).click();
        await(d -> !text("#matching-result").contains("совместимость"));
        assertThat(text("#matching-result h2")).isEqualTo("Preview (not saved)");
        assertThat(browser.findElements(By.cssSelector("#matching-result .pair-card"))).hasSize(2);
        assertThat(text("#matching-result [data-unmatched]")).contains("experience");
        Object message = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('./js/api.js').then(({ api }) => api.get('no-such-thing')).then(
                  () => done('no error'), e => done(e.message));
                """);
        assertThat((String) message).startsWith("No such resource");
        screenshot("matching-english");

        browser.findElement(By.cssSelector("button[data-lang='ru']")).click();
        await(d -> navTexts().contains("Участники"));
        awaitIdle();
        assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("ru");
        assertThat(text("main h1")).isEqualTo("Подбор наставнических пар");
    }

    @Test
    @Order(11)
    void the_roadmap_board_shows_activities_by_stage_what_is_overdue_and_the_findings() throws Exception {
        open("#/roadmap");
        assertThat(text("main")).contains("нет дорожной карты");
        browser.findElement(By.cssSelector("main details summary")).click();
        browser.findElement(By.cssSelector("main details input[type='file']"))
                .sendKeys(csv("roadmap.tsv", Questionnaires.roadmap(LocalDate.now())).toString());
        browser.findElement(By.cssSelector("main details input[name='id']")).sendKeys("rm-school-7");
        browser.findElement(By.cssSelector("main details button[type='submit']")).click();
        await(By.cssSelector(".board"));
        awaitIdle();
        List<WebElement> columns = browser.findElements(By.cssSelector(".board-column"));
        assertThat(columns).hasSizeGreaterThanOrEqualTo(2);
        assertThat(text(".board")).contains("Приказ о внедрении целевой модели наставничества");
        assertThat(text("[data-activity='1.2']")).contains("просрочено");
        assertThat(text("#overdue-heading + *")).contains("Анкетирование");

        // done, with the number of the order as evidence
        browser.findElement(By.cssSelector("[data-activity='1.2'] summary")).click();
        browser.findElement(By.cssSelector("[data-activity='1.2'] input[name='documentNumber']")).sendKeys("17-о");
        browser.findElement(By.cssSelector("[data-activity='1.2'] button[type='submit']")).click();
        await(d -> text("[data-activity='1.2']").contains("выполнено"));
        awaitIdle();
        screenshot("roadmap");
    }

    @Test
    @Order(12)
    void the_figures_page_draws_load_coverage_and_progress() {
        open("#/dashboard");
        await(By.cssSelector("svg[data-chart='mentor-load']"));
        assertThat(browser.findElements(By.cssSelector("svg[data-chart='coverage']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("svg[data-chart='progress']"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("svg[data-chart='coverage']")).getAttribute("role"))
                .isEqualTo("img");
        // three mentees with valid consent, one in an approved pair, one more only proposed
        assertThat(text(".kpis")).contains("33%");
        assertThat(text("svg[data-chart='mentor-load']")).contains("1 / 1");
        screenshot("dashboard");
    }

    @Test
    @Order(13)
    void a_mentee_of_the_approved_pair_is_reassigned_to_another_mentor_by_order() {
        String[] names = approvedPair.split(" — ");
        open("#/mentorships");
        browser.findElement(By.linkText(names[0])).click();
        await(By.id("reassign-form"));
        awaitIdle();
        Select mentor = new Select(browser.findElement(By.cssSelector("#reassign-form select[name='newMentor']")));
        List<String> mentors = mentor.getOptions().stream().map(WebElement::getText).toList();
        assertThat(mentors).hasSize(2).doesNotContain(names[0]).contains("Лебедев Павел Андреевич");

        // the rules still apply: the mentor without the experience the policy asks is refused, in the user's language
        mentor.selectByVisibleText("Лебедев Павел Андреевич");
        browser.findElement(By.cssSelector("#reassign-form input[name='reason']")).sendKeys("Смена расписания");
        browser.findElement(By.cssSelector("#reassign-form input[name='orderNumber']")).sendKeys("21-о");
        browser.findElement(By.cssSelector("#reassign-form button[type='submit']")).click();
        await(By.cssSelector("#reassign-form .notice.bad"));
        assertThat(text("#reassign-form .notice.bad")).contains("Стаж наставника");

        String other = mentors.stream().filter(n -> !n.equals("Лебедев Павел Андреевич")).findFirst().orElseThrow();
        mentor.selectByVisibleText(other);
        browser.findElement(By.cssSelector("#reassign-form button[type='submit']")).click();
        await(d -> text("main h1").contains(other));
        awaitIdle();
        assertThat(text("main h1")).contains(names[1]);
        assertThat(text("#facts-heading + dl")).contains("утверждена").contains("№ 21-о").contains("прежнюю пару");
        screenshot("mentorship-reassigned");

        // the pair left without its mentee has ended with the reason
        browser.findElement(By.id("reassigned-from")).click();
        await(d -> text("main h1").contains(names[0]));
        awaitIdle();
        assertThat(text("#facts-heading + dl")).contains("прекращена").contains("Смена расписания");
        assertThat(browser.findElements(By.id("reassign-form"))).isEmpty();
    }

    @Test
    @Order(14)
    void a_roadmap_is_deleted_after_a_confirmation() throws Exception {
        open("#/roadmap");
        await(By.cssSelector(".board"));
        browser.findElement(By.id("roadmap-delete")).click();
        WebElement dialog = await(By.cssSelector("dialog[open]"));
        assertThat(dialog.getText()).contains("Удаление дорожной карты").contains("Отменить это нельзя");
        // cancelling keeps it
        dialog.findElement(By.cssSelector("button.secondary")).click();
        await(d -> d.findElements(By.cssSelector("dialog[open]")).isEmpty());
        assertThat(apiGet("/tandem/api/organizations/school-7/roadmaps")).contains("rm-school-7");

        browser.findElement(By.id("roadmap-delete")).click();
        await(By.cssSelector("dialog[open]")).findElement(By.cssSelector("button.danger")).click();
        await(d -> text("main").contains("нет дорожной карты"));
        awaitIdle();
        assertThat(browser.findElements(By.cssSelector(".board"))).isEmpty();
        assertThat(apiGet("/tandem/api/organizations/school-7/roadmaps")).doesNotContain("rm-school-7");
    }

    @Test
    @Order(15)
    void a_program_opened_on_the_programs_page_is_listed() throws Exception {
        open("#/programs");
        assertThat(text("main h1")).isEqualTo("Программы наставничества");
        assertThat(navTexts()).contains("Программы", "Организация");
        assertThat(text("tr[data-program='p-young']")).contains("Молодой учитель").contains("индивидуальное");

        browser.findElement(By.cssSelector("#program-form input[name='title']")).sendKeys("Цифровая школа наставника");
        assertThat(new Select(browser.findElement(By.cssSelector("#program-form select[name='form']")))
                .getFirstSelectedOption().getText()).isNotBlank();
        browser.findElement(By.cssSelector("#program-form input[name='kinds'][value='GROUP']")).click();
        setDate("#program-form input[name='end']", LocalDate.now().plusMonths(9));
        assertThat(browser.findElement(By.cssSelector("#program-form input[name='curator']")).getAttribute("value"))
                .isEqualTo("demo-curator");
        browser.findElement(By.cssSelector("#program-form button[type='submit']")).click();
        await(d -> d.findElements(By.cssSelector("tr[data-program]")).size() == 2);
        awaitIdle();
        WebElement row = browser.findElements(By.cssSelector("tr[data-program]")).stream()
                .filter(r -> r.getText().contains("Цифровая школа наставника")).findFirst().orElseThrow();
        assertThat(row.getText()).contains("индивидуальное, групповое").contains("Иванова Ольга Сергеевна");
        assertThat(text("main h2")).isEqualTo("Программы: 2");
        assertThat(apiGet("/tandem/api/organizations/school-7/programs")).contains("Цифровая школа наставника");
        screenshot("programs");

        // its link leads to matching in that program
        row.findElement(By.linkText("Подбор пар")).click();
        await(d -> text("main h1").equals("Подбор наставнических пар"));
        awaitIdle();
        assertThat(new Select(browser.findElement(By.cssSelector("#context-bar select[name='program']")))
                .getFirstSelectedOption().getText()).isEqualTo("Цифровая школа наставника");
    }

    @Test
    @Order(16)
    void the_organization_page_keeps_a_changed_policy_records_an_agreement_and_appoints_staff() throws Exception {
        post("/tandem/api/organizations", "{\"id\":\"school-8\",\"name\":\"МБОУ СОШ № 8\",\"type\":\"EDUCATIONAL\","
                + "\"parent\":\"mun-1\"}");
        open("#/organization");
        assertThat(text("main h1")).isEqualTo("Организация");
        assertThat(text("#org-facts-heading")).isEqualTo("МБОУ СОШ № 7");
        assertThat(text("#org-facts-heading + dl")).contains("образовательная организация")
                .contains("Управление образования г. Энска");

        // the policy: a value changed is kept after a reload
        WebElement days = browser.findElement(By.cssSelector("#policy-form input[name='daysToFirstMeeting']"));
        assertThat(days.getAttribute("value")).isEqualTo("14");
        days.clear();
        days.sendKeys("21");
        browser.findElement(By.cssSelector("#policy-form button[type='submit']")).click();
        await(d -> text("#toast").contains("сохранено"));
        open("#/organization");
        assertThat(browser.findElement(By.cssSelector("#policy-form input[name='daysToFirstMeeting']"))
                .getAttribute("value")).isEqualTo("21");
        assertThat(browser.findElement(By.cssSelector("#policy-form input[name='maxMenteesPerMentor']"))
                .getAttribute("value")).isEqualTo("3");
        assertThat(apiGet("/tandem/api/organizations/school-7")).contains("\"daysToFirstMeeting\":21");

        // a network-mentoring agreement with the other school
        assertThat(text("#agreements")).contains("Договоров пока нет");
        browser.findElement(By.cssSelector("#agreement-form input[name='number']")).sendKeys("СН-1");
        new Select(browser.findElement(By.cssSelector("#agreement-form select[name='partner']")))
                .selectByVisibleText("МБОУ СОШ № 8");
        setDate("#agreement-form input[name='to']", LocalDate.now().plusYears(1));
        browser.findElement(By.cssSelector("#agreement-form button[type='submit']")).click();
        await(By.cssSelector("tr[data-agreement='СН-1']"));
        awaitIdle();
        assertThat(text("tr[data-agreement='СН-1']")).contains("МБОУ СОШ № 8").contains("действует");

        // a refusal comes back as the API's message: the same school cannot be its own partner, a term in reverse neither
        browser.findElement(By.cssSelector("#agreement-form input[name='number']")).sendKeys("СН-2");
        setDate("#agreement-form input[name='to']", LocalDate.now().minusDays(1));
        browser.findElement(By.cssSelector("#agreement-form button[type='submit']")).click();
        await(By.cssSelector("#agreement-form .notice.bad"));
        assertThat(text("#agreement-form .notice.bad")).contains("раньше, чем начинается");

        // a methodologist appointed
        browser.findElement(By.cssSelector("#staff-form input[name='person']")).sendKeys("metod-1");
        browser.findElement(By.cssSelector("#staff-form input[name='fullName']")).sendKeys("Смирнова Елена Викторовна");
        setDate("#staff-form input[name='birthDate']", LocalDate.of(1975, 5, 5));
        new Select(browser.findElement(By.cssSelector("#staff-form select[name='role']"))).selectByValue("METHODOLOGIST");
        browser.findElement(By.cssSelector("#staff-form button[type='submit']")).click();
        await(By.cssSelector("#staff .notice.ok"));
        assertThat(text("#staff .notice.ok")).contains("Смирнова Елена Викторовна").contains("методист");
        assertThat(apiGet("/tandem/api/participants/metod-1")).contains("METHODOLOGIST");
        screenshot("organization");
    }

    // ---- helpers

    /** The pair approved in test 9, as its card named it: "mentor — mentee". */
    private static String approvedPair;

    /**
     * What the portal's administrator does before a curator starts: the school under its municipality and region,
     * the demo user appointed its curator and, as in a small school where the head curates the program, its head,
     * and a program that runs now.
     */
    private static void setUpSchool() throws Exception {
        post("/tandem/api/organizations", "{\"id\":\"region-1\",\"name\":\"Министерство образования\",\"type\":\"REGION\"}");
        post("/tandem/api/organizations", "{\"id\":\"mun-1\",\"name\":\"Управление образования г. Энска\","
                + "\"type\":\"MUNICIPALITY\",\"parent\":\"region-1\"}");
        post("/tandem/api/organizations", "{\"id\":\"school-7\",\"name\":\"МБОУ СОШ № 7\",\"type\":\"EDUCATIONAL\","
                + "\"parent\":\"mun-1\"}");
        for (String role : List.of("CURATOR", "HEAD")) {
            post("/tandem/api/organizations/school-7/staff", "{\"person\":\"demo-curator\",\"fullName\":\"Иванова Ольга Сергеевна\","
                    + "\"birthDate\":\"1980-03-02\",\"role\":\"" + role + "\"}");
        }
        LocalDate today = LocalDate.now();
        post("/tandem/api/organizations/school-7/programs", "{\"id\":\"p-young\",\"title\":\"Молодой учитель\","
                + "\"form\":\"teacher-teacher\",\"kinds\":[\"INDIVIDUAL\"],\"start\":\"" + today.minusMonths(1)
                + "\",\"end\":\"" + today.plusMonths(8) + "\",\"curator\":\"demo-curator\"}");
    }

    private static void post(String path, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(portal.uri(path))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isIn(200, 201);
    }

    private static String apiGet(String path) throws Exception {
        HttpResponse<String> response = get(path, null);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return response.body();
    }

    /** Writes a test file next to the screenshots' folder and returns its path. */
    private static Path csv(String name, String content) throws IOException {
        Path file = screenshots.resolveSibling("curator-ui-files").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    /** Chooses the file in the import form, waits for its columns to be mapped, and imports. */
    private static void upload(Path file) {
        browser.findElement(By.cssSelector("main input[type='file'][name='file']")).sendKeys(file.toString());
        await(d -> !d.findElement(By.cssSelector("select[data-field='FULL_NAME']")).getAttribute("value").isEmpty());
        browser.findElement(By.cssSelector("main form button[type='submit']")).click();
        await(By.cssSelector("#import-result .notice, #import-result table"));
    }

    private static void setDate(String css, LocalDate date) {
        setValue(css, date.toString());
    }

    /** Sets an input's value as the browser would keep it (a number input's value is locale-free: "0.99"). */
    private static void setValue(String css, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.cssSelector(css)), value);
    }

    /** The texts of the shown pairs' contributions (folded away, so read as textContent). */
    private static List<String> contributions() {
        return browser.findElements(By.cssSelector("#matching-result .pair-card .explanation")).stream()
                .map(e -> e.getAttribute("textContent")).toList();
    }

    private static List<String> proposalLabels() {
        return browser.findElements(By.cssSelector("#proposals [data-mentorship]")).stream()
                .map(e -> e.getAttribute("aria-label")).toList();
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static WebElement await(By by) {
        try {
            return new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw failure(e);
        }
    }

    /** Opens a page of the UI in Russian, the portal's language, whatever an earlier test chose. */
    private static void open(String hash) {
        browser.get(portal.uri("/tandem/ui/" + hash).toString());
        await(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        if (!"ru".equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
            browser.findElement(By.cssSelector("button[data-lang='ru']")).click();
            await(d -> "ru".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        }
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
        try {
            new WebDriverWait(browser, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw failure(e);
        }
    }

    /** What the page showed when a wait ran out, and a screenshot of it. */
    private static AssertionError failure(org.openqa.selenium.TimeoutException e) {
        String name = "failure-" + System.currentTimeMillis();
        String page = browser.findElements(By.id("main")).stream().map(WebElement::getText).findFirst().orElse("");
        screenshot(name);
        return new AssertionError("waited in vain; the page (screenshot " + name + ".png) shows:\n" + page, e);
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
