package org.cnngrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.cnngrader.grading.Grader;
import org.cnngrader.grading.ManualScores;
import org.cnngrader.grading.SheetSpecs;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricLoader;
import org.cnngrader.sheet.Submissions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The summary and a team report as a person sees them in Chromium: the tables sort by a click on a heading, and the
 * pages log no error and ask the network for nothing. Skipped without a browser and chromedriver, unless
 * {@value Browser#REQUIRE}{@code =1}.
 */
class SummaryBrowserTest {

    private static WebDriver browser;

    @TempDir
    static Path folder;

    @BeforeAll
    static void start() throws IOException {
        Map<String, String> environment = System.getenv();
        Optional<Path> chromium = Browser.find(environment);
        Optional<Path> driver = executable(environment.getOrDefault("CHROMEDRIVER", ""),
                environment.getOrDefault("PATH", ""));
        if (chromium.isEmpty() || driver.isEmpty()) {
            String reason = chromium.isEmpty() ? Browser.missing(environment) : "no chromedriver (CHROMEDRIVER, or"
                    + " chromedriver on the PATH)";
            if ("1".equals(environment.get(Browser.REQUIRE))) {
                Assertions.fail(reason + ", and " + Browser.REQUIRE + "=1 requires one");
            }
            Assumptions.abort(reason);
        }
        Rubric rubric = RubricLoader.load(Path.of("rubrics/e1394-ps2.yaml"));
        Grader grader = new Grader(rubric);
        List<Cohort.Team> teams = new ArrayList<>();
        for (String name : List.of("ps2-team-b.md", "ps2-team-f.csv", "ps2-team-h.xlsx", "team-k")) {
            TeamResult graded = grader.grade(Submissions.read(List.of(Submissions.team(Path.of("submissions-sample",
                    name))), SheetSpecs.of(rubric)).get(0), ManualScores.none());
            String identity = name.replaceAll("\\.(md|xlsx|csv)$", "");
            TeamResult result = graded.identified(identity, graded.name());
            TeamContext context = new TeamContext(result, rubric);
            Path report = Files.createDirectories(folder.resolve("teams").resolve(identity)).resolve("report.html");
            try (var output = Files.newOutputStream(report)) {
                new HtmlTeamReport().write(context, output);
            }
            teams.add(new Cohort.Team(result.scoresOnly(), identity, context.document()));
        }
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        new SummaryReport().write(new Cohort(rubric, Roster.none(), teams), summary);
        Files.write(folder.resolve("summary.html"), summary.toByteArray());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1200,1600");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Optional<Path> executable(String named, String path) {
        if (!named.isBlank() && Files.isExecutable(Path.of(named))) {
            return Optional.of(Path.of(named));
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (!directory.isBlank() && Files.isExecutable(Path.of(directory, "chromedriver"))) {
                return Optional.of(Path.of(directory, "chromedriver"));
            }
        }
        return Optional.empty();
    }

    private static List<String> column(String table, int column) {
        return browser.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(column).getText().strip()).toList();
    }

    /** What the page logged at warning level or above, and the resources it fetched. */
    private static void assertQuietAndOffline() {
        List<LogEntry> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(problems).as("console").isEmpty();
        Object resources = ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(function (r) { return r.name; });");
        assertThat((List<?>) resources).as("network requests").isEmpty();
    }

    @Test
    void theTeamsTableSortsByAClickOnAHeading() {
        browser.get(folder.resolve("summary.html").toUri().toString());
        assertThat(column("teams", 0)).containsExactly("ps2-team-b (PS 2 B)", "ps2-team-f (PS 2 F)",
                "ps2-team-h (PS 2 H)", "team-k");
        WebElement percent = browser.findElement(By.cssSelector("#teams thead th:nth-child(4) button"));
        percent.click();
        // Ascending by percentage: the unreadable team ("–", sorted as -1) first.
        assertThat(column("teams", 3)).containsExactly("–", "77.8", "91.1", "100.0");
        assertThat(browser.findElement(By.cssSelector("#teams thead th:nth-child(4)")).getAttribute("aria-sort"))
                .isEqualTo("ascending");
        percent.click();
        assertThat(column("teams", 3)).containsExactly("100.0", "91.1", "77.8", "–");
        browser.findElement(By.cssSelector("#teams thead th:nth-child(1) button")).click();
        assertThat(column("teams", 0).get(0)).isEqualTo("ps2-team-b (PS 2 B)");
        // Numbers sort as numbers, not as text: 10 after 2.
        browser.findElement(By.cssSelector("#parts thead th:nth-child(3) button")).click();
        List<Double> points = column("parts", 2).stream().map(Double::parseDouble).toList();
        assertThat(points).isSorted();
        assertQuietAndOffline();
    }

    @Test
    void theTeamReportOpensQuietlyAndOffline() {
        browser.get(folder.resolve("teams/ps2-team-h/report.html").toUri().toString());
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("What to fix first");
        assertThat(browser.findElement(By.cssSelector("td.wrong")).getAttribute("title")).isEqualTo("row 2, column 1");
        assertQuietAndOffline();
    }

    @Test
    void withoutJavaScriptTheTablesReadTheSame() throws IOException {
        String html = Files.readString(folder.resolve("summary.html"));
        // Headings are plain text until the script turns them into buttons; every row is in the page itself.
        assertThat(html).contains("<th>%</th>").doesNotContain("<button");
        assertThat(html.split("<tr><td><a href=\"teams/", -1).length - 1).isGreaterThanOrEqualTo(4);
    }
}
