package org.cnngrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the browser the HTML reports are opened in, so that the test needing it says what it needs. */
class BrowserTest {

    /** The test command once failed on any machine without {@code /usr/bin/chromium}. */
    @Test
    void aMachineWithoutUsrBinChromiumFindsTheBrowserOnItsPathOrNone(@TempDir Path folder) throws Exception {
        Path bin = Files.createDirectories(folder.resolve("bin"));
        assertThat(Browser.find(Map.of("PATH", bin.toString()))).isEmpty();
        assertThat(Browser.missing(Map.of())).contains("CHROME_BIN", "chromium-browser", "google-chrome");

        Path chrome = Files.createFile(bin.resolve("google-chrome"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertThat(Browser.find(Map.of("PATH", "/nonexistent:" + bin))).contains(chrome);

        Path named = Files.createFile(folder.resolve("my-chrome"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertThat(Browser.find(Map.of("CHROME_BIN", named.toString(), "PATH", bin.toString()))).contains(named);
    }
}
