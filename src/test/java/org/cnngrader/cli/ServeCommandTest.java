package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The serve command's options are checked before a server starts: a mistake is one line and exit 2. */
class ServeCommandTest {

    /** The time per check is also the reading's own watchdog, which takes 100 ms to an hour. */
    @Test
    void aTimeoutOfZeroSecondsIsRefused() {
        EvalCommandTest.Run run = EvalCommandTest.run("serve", "rubrics/e1394-ps2.yaml", "--timeout", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElse("")).startsWith("--timeout is 1 to 3600 seconds, not 0");
        assertThat(run.err()).doesNotContain("Exception");
    }

    /**
     * A port another program listens on is the TA's mistake to correct, not a failure of the server; and the server
     * that could not listen left its temporary folder behind.
     */
    @Test
    void aPortInUseIsOneLineAndExitTwo() throws IOException {
        Set<Path> before = serverFolders();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            EvalCommandTest.Run run = EvalCommandTest.run("serve", "rubrics/e1394-ps2.yaml", "--port",
                    Integer.toString(taken.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
                    .contains("cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("Address already in use"));
            assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(serverFolders()).isEqualTo(before);
    }

    /** The temporary folders servers made. */
    private static Set<Path> serverFolders() throws IOException {
        try (Stream<Path> listing = Files.list(
                Path.of(System.getProperty("java.io.tmpdir")))) {
            return listing.filter(path -> path.getFileName().toString().startsWith("cnn-grader-serve"))
                    .collect(Collectors.toSet());
        }
    }

    /** An address that does not resolve said "…: null; pick another --port", which another port does not fix. */
    @Test
    void aBindAddressThatIsNoneOfThisMachineSaysSo() {
        EvalCommandTest.Run run = EvalCommandTest.run("serve", "rubrics/e1394-ps2.yaml", "--bind", "999.1.1.1",
                "--port", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("cannot listen on 999.1.1.1:0: not an address of this machine;"
                + " --bind takes one of its addresses (127.0.0.1, the default; 0.0.0.0 for all)");
    }

    /** {@code --keep afile} said only "afile: FileAlreadyExistsException". */
    @Test
    void keepingUploadsInAFileIsOneLineSayingItIsNoFolder(@org.junit.jupiter.api.io.TempDir Path folder)
            throws IOException {
        Path file = Files.writeString(folder.resolve("afile"), "notes");
        EvalCommandTest.Run run = EvalCommandTest.run("serve", "rubrics/e1394-ps2.yaml", "--port", "0", "--keep",
                file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("--keep " + file + ": a file, not a folder; --keep names the"
                + " folder uploads are kept in");
        assertThat(file).hasContent("notes");
    }
}
