package org.cnngrader.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The self-check page in a real browser: Chromium driven through chromedriver by Selenium opens the served page,
 * picks the assignment, uploads a sample PDF and then a damaged one, and reads what a student sees. Screenshots of
 * both go to {@code target/serve-screenshots/} (those in docs/ are copies). Without Chromium and chromedriver the test
 * is skipped with the reason printed; {@code CNN_GRADER_REQUIRE_BROWSER=1} (set by {@code .ci/run}) makes that a
 * failure.
 */
class ServePageBrowserTest {

    private static final String REQUIRE = "CNN_GRADER_REQUIRE_BROWSER";
    private static final Path SCREENSHOTS = Path.of("target/serve-screenshots");

    private static Uploads uploads;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Map<String, String> environment = System.getenv();
        Optional<Path> chromium = executable(environment, "CHROME_BIN", "chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = executable(environment, "CHROMEDRIVER", "chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            String reason = "no " + (chromium.isEmpty() ? "browser (CHROME_BIN, or chromium, chromium-browser or"
                    + " google-chrome on the PATH)" : "chromedriver (CHROMEDRIVER, or chromedriver on the PATH;"
                    + " Debian's chromium-driver)");
            if ("1".equals(environment.get(REQUIRE))) {
                Assertions.fail(reason + ", and " + REQUIRE + "=1 requires one");
            }
            System.out.println("Skipped ServePageBrowserTest: " + reason + "; set " + REQUIRE + "=1 to make this a"
                    + " failure");
            Assumptions.abort(reason);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1100,1500", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build();
        uploads = new Uploads();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (uploads != null) {
            uploads.close();
        }
    }

    /** The first of these executables the environment names or has on its PATH. */
    private static Optional<Path> executable(Map<String, String> environment, String variable, String... names) {
        String named = environment.getOrDefault(variable, "");
        if (!named.isBlank() && Files.isExecutable(Path.of(named))) {
            return Optional.of(Path.of(named));
        }
        for (String name : names) {
            for (String folder : environment.getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (!folder.isBlank() && Files.isExecutable(Path.of(folder, name))) {
                    return Optional.of(Path.of(folder, name));
                }
            }
        }
        return Optional.empty();
    }

    private static void upload(Path sheet) {
        browser.get(uploads.uri("/").toString());
        assertThat(browser.getTitle()).isEqualTo("Self-check");
        browser.findElement(By.cssSelector("#assignment option[value='e1394-ps2']")).click();
        browser.findElement(By.id("file")).sendKeys(sheet.toAbsolutePath().toString());
        browser.findElement(By.id("submit")).click();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (browser.findElements(By.id("score")).isEmpty() && browser.findElements(By.id("message")).isEmpty()
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aStudentUploadsAPdfAndSeesWhatWasReadAndTheVerdictsButNoKey() throws IOException {
        upload(Path.of("submissions-sample/team-d/answers.pdf"));
        assertThat(browser.findElement(By.id("team")).getText()).isEqualTo("PS 2 D");
        assertThat(browser.findElement(By.id("score")).getText()).endsWith("/ 50");
        List<WebElement> rows = browser.findElements(By.cssSelector("#parts tbody tr"));
        assertThat(rows).hasSizeGreaterThan(10);
        WebElement s = browser.findElement(By.id("part-S"));
        assertThat(s.getText()).contains("1.3.1").containsPattern("page \\d+, line \\d+");
        assertThat(browser.findElement(By.id("part-identity_kernel")).getText()).contains("correct");
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).doesNotContain("expected").doesNotContain("conv2d(").doesNotContain("Exception");
        screenshot("serve-report.png");
    }

    @Test
    void aDamagedFileGetsAClearMessage() throws IOException {
        upload(Path.of("submissions-sample/team-k/problem-set-2.pdf"));
        String message = browser.findElement(By.id("unreadable")).getText();
        assertThat(message).startsWith("This file could not be read: the PDF is damaged")
                .contains("upload it once more");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("expected")
                .doesNotContain("\tat ").doesNotContain("upload1");
        screenshot("serve-unreadable.png");
    }
}
