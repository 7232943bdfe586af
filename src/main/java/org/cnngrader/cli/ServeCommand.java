package org.cnngrader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cnngrader.serve.SelfCheckServer;
import org.cnngrader.serve.ServeOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code serve RUBRIC... [--port 8080] [--bind 127.0.0.1] [--rate N] [--max-upload MB] [--keep DIR]}: the
 * self-check as a web page and a JSON API, for students who must not see the key. It runs until stopped: Ctrl-C or
 * SIGTERM (systemd, Docker) stops it cleanly through a shutdown hook, letting running checks finish.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "The self-check as a web page (and POST /api/check) for students: the server holds the rubrics"
                + " and never shows a reference value. Binds to localhost; put it behind the course's HTTPS reverse"
                + " proxy to open it.")
final class ServeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "RUBRIC", description = "The rubrics served, one assignment each,"
            + " named by file name without .yaml.")
    private List<Path> rubrics;

    @Option(names = "--port", defaultValue = "8080", description = "The port (default ${DEFAULT-VALUE}; 0: any free"
            + " one).")
    private int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "The address to listen on (default"
            + " ${DEFAULT-VALUE}).")
    private String bind;

    @Option(names = "--rate", defaultValue = "30", description = "Checks per minute per client (default"
            + " ${DEFAULT-VALUE}; 0: no limit).")
    private int rate;

    @Option(names = "--max-upload", paramLabel = "MB", defaultValue = "20", description = "The largest upload in MB"
            + " (default ${DEFAULT-VALUE}).")
    private long maxUploadMegabytes;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Time one check may take"
            + " (default ${DEFAULT-VALUE}).")
    private long timeoutSeconds;

    @Option(names = "--checks-at-once", paramLabel = "N", description = "Checks run at the same time (default: the"
            + " number of cores); up to 64 (or 16 per check) wait, more are asked to retry.")
    private Integer checksAtOnce;

    @Option(names = "--keep", paramLabel = "DIR", description = "Keep every upload in DIR, named by time and team"
            + " (none is kept without it).")
    private Path keep;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServeOptions options;
        try {
            options = new ServeOptions(rubrics, bind, port, rate, Math.multiplyExact(maxUploadMegabytes, 1024L * 1024),
                    Duration.ofSeconds(timeoutSeconds), checksAtOnce == null
                            ? Runtime.getRuntime().availableProcessors() : checksAtOnce, Optional.ofNullable(keep));
        } catch (IllegalArgumentException | ArithmeticException wrong) {
            throw new CommandLine.ParameterException(spec.commandLine(), wrong.getMessage());
        }
        PrintWriter log = spec.commandLine().getErr();
        SelfCheckServer server = SelfCheckServer.start(options, log);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stop = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "stop-self-check");
        Runtime.getRuntime().addShutdownHook(stop);
        stopped.await();
        return ExitCode.DONE.code();
    }
}
