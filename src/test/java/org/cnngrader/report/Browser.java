package org.cnngrader.report;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The headless browser the HTML reports are opened in: {@code CHROME_BIN}, else {@code chromium},
 * {@code chromium-browser} or {@code google-chrome} on the {@code PATH}. A test that needs it runs when one is found
 * and is skipped with the reason otherwise, so that the test command passes on a machine without a browser; CI
 * ({@code .ci/run}) installs Chromium and sets {@value #REQUIRE}{@code =1}, which turns a missing browser into a
 * failure rather than a skip.
 */
final class Browser {

    /** The variable that makes a missing browser fail the tests that need one. */
    static final String REQUIRE = "CNN_GRADER_REQUIRE_BROWSER";

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private Browser() {
    }

    /** The browser this environment names or has on its {@code PATH}. */
    static Optional<Path> find(Map<String, String> environment) {
        String named = environment.getOrDefault("CHROME_BIN", "");
        if (!named.isBlank() && Files.isExecutable(Path.of(named))) {
            return Optional.of(Path.of(named));
        }
        for (String name : NAMES) {
            for (String folder : environment.getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (!folder.isBlank() && Files.isExecutable(Path.of(folder, name))) {
                    return Optional.of(Path.of(folder, name));
                }
            }
        }
        return Optional.empty();
    }

    /** Why a test needing a browser cannot run here. */
    static String missing(Map<String, String> environment) {
        return "no browser found (CHROME_BIN, or " + String.join(", ", NAMES) + " on the PATH)";
    }

    /**
     * The browser, for a test that needs one: when there is none, the test fails if {@value #REQUIRE} is set,
     * else it is skipped, saying why (printed, so that it shows in the build's output).
     */
    static Path required() {
        Map<String, String> environment = System.getenv();
        Optional<Path> browser = find(environment);
        if (browser.isPresent()) {
            return browser.get();
        }
        String reason = missing(environment);
        if ("1".equals(environment.get(REQUIRE))) {
            return Assertions.fail(reason + ", and " + REQUIRE + "=1 requires one");
        }
        System.out.println("Skipped: " + reason + "; set " + REQUIRE + "=1 to make this a failure");
        Assumptions.abort(reason);
        throw new IllegalStateException("unreachable");
    }
}
