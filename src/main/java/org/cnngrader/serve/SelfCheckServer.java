package org.cnngrader.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.cnngrader.batch.InputException;
import org.cnngrader.batch.SelfCheck;
import org.cnngrader.grading.TeamResult;
import org.cnngrader.rubric.Rubric;
import org.cnngrader.rubric.RubricException;
import org.cnngrader.sheet.ReadingLimits;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The self-check as a web page and a JSON API, for students who must not see the key (DESIGN.md §7): the server
 * holds the rubrics, and what it sends is a {@link StudentReport}. Jetty parses HTTP and multipart bodies, with its
 * own handlers rather than servlets: five routes need no more, and the servlet layers would add to each request's
 * time and to the code that reads what clients send. This class adds the limits a TA needs on a shared machine: the
 * upload size (refused from its declared length before the body is read, and by Jetty while it is read), checks per
 * minute per client, a fixed number of checks at once with a short queue (more are told to retry), and a time per
 * check. A check runs on the thread that received its request: handing it to a thread of its own and back would add
 * two thread wake-ups to every check, which on a busy machine cost more than checking a small sheet. An upload is a file in a temporary folder of its
 * own from when it is received until its check ends or it is turned away; the TA may keep the checked ones
 * ({@code --keep}).
 */
public final class SelfCheckServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HTML = "text/html; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String JSON_TYPE = "application/json";
    /** What a form may hold besides its file: the boundaries, the part headers and the assignment's name. */
    private static final long FORM_OVERHEAD = 65_536;
    /** The most fields a form may hold: the page's form has two. */
    private static final int MAX_FIELDS = 16;
    /** A part up to this size is held in memory while the form is read; a larger one is spooled to disk. */
    private static final long IN_MEMORY_PART = 256 * 1024;
    private static final DateTimeFormatter KEPT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);

    /** What became of one upload: a report, or a refusal with the HTTP status and the sentence a student reads. */
    sealed interface Outcome {
        /** The sheet was checked. */
        record Checked(List<StudentReport> reports) implements Outcome {
            public Checked {
                reports = List.copyOf(reports);
            }
        }

        /** The upload was refused or could not be checked. */
        record Refused(int status, String message) implements Outcome, Received {
        }
    }

    /** The check run on an upload: {@link SelfCheck#check(Rubric, String, Path, ReadingLimits)}, or a stand-in in tests. */
    @FunctionalInterface
    interface Checker {
        SelfCheck.Checked check(Rubric rubric, String rubricName, Path sheet) throws IOException;
    }

    private final ServeOptions options;
    private final List<Assignment> assignments;
    private final PrintWriter log;
    private final RateLimiter rateLimiter;
    /** A permit per check that may run at once; fair, so that waiting checks start in the order they came. */
    private final Semaphore slots;
    private final int checksAtOnce;
    private final int mayWait;
    private final AtomicInteger waiting = new AtomicInteger();
    /** Interrupts a check past its deadline. */
    private final ScheduledThreadPoolExecutor watchdog;
    private final Set<Alarm> alarms = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private final Checker checker;
    private final Path uploads;
    private final UploadFolders folders;
    private final AtomicInteger checked = new AtomicInteger();
    /** The multipart form's limits: the file within the upload size, the form's other fields within a margin. */
    private final MultiPartConfig multipart;
    private Server http;
    private ServerConnector connector;

    private SelfCheckServer(ServeOptions options, List<Assignment> assignments, PrintWriter log, Path uploads,
            Checker checker, int waiting) {
        this.options = options;
        this.assignments = List.copyOf(assignments);
        this.log = log;
        this.rateLimiter = new RateLimiter(options.checksPerMinute());
        this.uploads = uploads;
        this.folders = new UploadFolders(uploads);
        this.multipart = new MultiPartConfig.Builder().location(uploads).maxPartSize(options.maxUploadBytes())
                .maxSize(options.maxUploadBytes() + FORM_OVERHEAD).maxMemoryPartSize(IN_MEMORY_PART)
                .maxParts(MAX_FIELDS).build();
        this.checker = checker;
        this.checksAtOnce = options.checksAtOnce();
        this.slots = new Semaphore(checksAtOnce, true);
        this.mayWait = waiting;
        this.watchdog = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "self-check-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        // The watchdog looks at the running checks' deadlines every 50 ms rather than being woken for each check: a
        // wake-up per check would compete for a core with the check itself.
        this.watchdog.scheduleWithFixedDelay(() -> alarms.forEach(Alarm::ringIfDue), 50, 50, TimeUnit.MILLISECONDS);
    }

    /**
     * How many checks may wait for a free check slot: a class of students uploading in the same minute before a
     * deadline. A waiting upload is a file on disk, its form read and closed, so waiting costs a thread each and no
     * memory for the upload.
     */
    static int waiting(int checksAtOnce) {
        return Math.max(64, checksAtOnce * 16);
    }

    /**
     * Loads every rubric and starts listening.
     *
     * @param log where the one line per check goes (no file contents), and the start and stop
     * @throws InputException when a rubric file is missing or two rubrics have the same name
     * @throws RubricException when a rubric is invalid
     */
    public static SelfCheckServer start(ServeOptions options, PrintWriter log) throws IOException {
        return start(options, log, selfCheck(options), waiting(options.checksAtOnce()));
    }

    /**
     * The check the server runs on an upload: the reading's own watchdog gets the check's time, so that a reading Java
     * cannot interrupt is abandoned then.
     */
    static Checker selfCheck(ServeOptions options) {
        ReadingLimits limits = options.readingLimits();
        return (rubric, name, sheet) -> SelfCheck.check(rubric, name, sheet, limits);
    }

    /**
     * {@link #start(ServeOptions, PrintWriter)} with the check and the number of checks that may wait given: tests
     * hold a check to fill the queue.
     */
    static SelfCheckServer start(ServeOptions options, PrintWriter log, Checker checker, int waiting)
            throws IOException {
        List<Assignment> assignments = new ArrayList<>();
        for (Path rubric : options.rubrics()) {
            Assignment assignment = Assignment.load(rubric);
            if (assignments.stream().anyMatch(other -> other.name().equalsIgnoreCase(assignment.name()))) {
                throw new InputException(rubric + ": another rubric is also named " + assignment.name()
                        + "; students pick an assignment by its rubric's file name");
            }
            assignments.add(assignment);
        }
        if (options.keep().isPresent()) {
            Path keep = options.keep().get();
            if (keep.toString().isEmpty()) {
                throw new InputException("--keep '': name the folder uploads are kept in");
            }
            if (Files.exists(keep) && !Files.isDirectory(keep)) {
                throw new InputException("--keep " + keep + ": a file, not a folder; --keep names the folder uploads"
                        + " are kept in");
            }
            Files.createDirectories(keep);
        }
        Path uploads = Files.createTempDirectory("cnn-grader-serve");
        SelfCheckServer server = new SelfCheckServer(options, assignments, log, uploads, checker, waiting);
        try {
            server.listen();
        } catch (IOException | RuntimeException notListening) {
            // A server that never listened leaves nothing behind: neither its watchdog nor its temporary folder.
            server.watchdog.shutdownNow();
            deleteQuietly(uploads);
            throw notListening;
        }
        return server;
    }

    private void listen() throws IOException {
        // Every running or waiting check holds a thread: the pool leaves room above them for /health, the page and
        // the refusals, so that "busy" is said before the server stops answering.
        QueuedThreadPool threads = new QueuedThreadPool(Math.max(200, checksAtOnce + mayWait + 64));
        threads.setName("self-check-http");
        http = new Server(threads);
        http.setStopAtShutdown(false);
        connector = new ServerConnector(http);
        connector.setHost(options.bind());
        connector.setPort(options.port());
        connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration()
                .setSendServerVersion(false);
        http.addConnector(connector);
        http.setHandler(new Routes());
        http.setErrorHandler(SelfCheckServer::unreadableRequest);
        try {
            http.start();
        } catch (IOException cannotListen) {
            stopQuietly();
            // Jetty's message names the address; the cause's says why ("Address already in use").
            Throwable reason = cannotListen.getCause() != null ? cannotListen.getCause() : cannotListen;
            if (!isAddressOfThisMachine(options.bind())) {
                // An address that does not resolve fails without a message (it said "null"), one of another machine
                // with "Cannot assign requested address": either way another port would not help.
                throw new InputException("cannot listen on " + address(options.port()) + ": not an address of this"
                        + " machine; --bind takes one of its addresses (127.0.0.1, the default; 0.0.0.0 for all)");
            }
            throw new InputException("cannot listen on " + address(options.port()) + ": " + (reason.getMessage() != null
                    ? reason.getMessage() : reason.getClass().getSimpleName())
                    + "; pick another --port, or stop the server already there");
        } catch (Exception failed) {
            stopQuietly();
            throw new IOException("the web server did not start: " + failed.getMessage(), failed);
        }
        log.println("Serving the self-check of " + String.join(", ", assignments.stream().map(Assignment::name)
                .toList()) + " on http://" + address(port()) + "/");
        log.flush();
    }

    /** Whether a server on this machine can listen on {@code bind}: a name or address of one of its interfaces. */
    private static boolean isAddressOfThisMachine(String bind) {
        try {
            InetAddress address = InetAddress.getByName(bind);
            return address.isAnyLocalAddress() || address.isLoopbackAddress()
                    || NetworkInterface.getByInetAddress(address) != null;
        } catch (IOException unresolved) {
            return false;
        }
    }

    private String address(int port) {
        return (options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind()) + ":" + port;
    }

    /** The five routes; anything a handler throws is the server's failure, told as such without its details. */
    private final class Routes extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String requested = Request.getPathInContext(request);
            String path = requested.length() > 1 && requested.endsWith("/")
                    ? requested.substring(0, requested.length() - 1) : requested;
            // HEAD is GET without the body, which Jetty leaves out.
            String method = request.getMethod().equals("HEAD") ? "GET" : request.getMethod();
            try {
                if (path.equals("/health") || path.equals("/")) {
                    if (!method.equals("GET")) {
                        return notAllowed(response, callback, "GET");
                    }
                    if (path.equals("/")) {
                        send(response, callback, 200, HTML, Pages.upload(assignments, megabytes(), ""));
                    } else {
                        send(response, callback, 200, JSON_TYPE, health());
                    }
                } else if (path.startsWith("/template/") && path.indexOf('/', "/template/".length()) < 0) {
                    if (!method.equals("GET")) {
                        return notAllowed(response, callback, "GET");
                    }
                    template(path.substring("/template/".length()), response, callback);
                } else if (path.equals("/check") || path.equals("/api/check")) {
                    if (!method.equals("POST")) {
                        return notAllowed(response, callback, "POST");
                    }
                    Outcome outcome = check(request, response);
                    if (path.equals("/check")) {
                        page(outcome, response, callback);
                    } else {
                        api(outcome, response, callback);
                    }
                } else {
                    send(response, callback, 404, TEXT, "No such page.");
                }
            } catch (Exception | Error problem) {
                log.println("error " + method + " " + oneLine(path) + ": "
                        + problem.toString().replaceAll("\\p{Cntrl}", " "));
                log.flush();
                if (response.isCommitted()) {
                    callback.failed(problem);
                } else {
                    response.reset();
                    send(response, callback, 500, TEXT, "The server failed on this request; please tell your TA.");
                }
            }
            return true;
        }
    }

    /**
     * The answer to a request Jetty could not read (an ambiguous or malformed address, headers too large): a sentence
     * in plain text, as every other refusal, rather than Jetty's HTML page, which repeats the address the client sent.
     */
    private static boolean unreadableRequest(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ErrorHandler.ERROR_EXCEPTION) instanceof HttpException http
                ? http.getCode() : response.getStatus();
        String sentence = switch (status) {
            case 400 -> "The request could not be read: its address or headers are malformed.";
            case 414 -> "The address is too long.";
            case 431 -> "The request's headers are too large.";
            default -> status >= 500 ? "The server failed on this request; please tell your TA."
                    : "The request could not be answered: " + HttpStatus.getMessage(status) + ".";
        };
        send(response, callback, status, TEXT, sentence);
        return true;
    }

    private static boolean notAllowed(Response response, Callback callback, String allowed) {
        response.getHeaders().put(HttpHeader.ALLOW, allowed);
        send(response, callback, 405, TEXT, "Use " + allowed + " here.");
        return true;
    }

    private static void send(Response response, Callback callback, int status, String contentType, String body) {
        send(response, callback, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(Response response, Callback callback, int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** The port the server listens on (the one chosen when 0 was asked). */
    public int port() {
        return connector.getLocalPort();
    }

    /** How many checks were done since the start. */
    public int checksDone() {
        return checked.get();
    }

    /** How many uploads are on disk now, in the server's temporary folder (uploads kept for the TA are elsewhere). */
    long uploadsOnDisk() throws IOException {
        try (Stream<Path> files = Files.walk(uploads)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private long megabytes() {
        return Math.max(1, options.maxUploadBytes() / (1024 * 1024));
    }

    private byte[] health() throws IOException {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "ok");
        health.put("assignments", assignments.stream().map(Assignment::name).toList());
        health.put("checks", checked.get());
        health.put("running", Math.max(0, checksAtOnce - slots.availablePermits()));
        health.put("waiting", waiting.get());
        return JSON.writeValueAsBytes(health);
    }

    private void template(String file, Response response, Callback callback) {
        int dot = file.lastIndexOf('.');
        String extension = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        Optional<Assignment> assignment = dot < 0 ? Optional.empty() : find(file.substring(0, dot));
        if (assignment.isEmpty() || !(extension.equals("csv") || extension.equals("xlsx"))) {
            send(response, callback, 404, TEXT, "No such template.");
            return;
        }
        boolean csv = extension.equals("csv");
        response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"" + assignment.get().name()
                + "." + extension + "\"");
        send(response, callback, 200, csv ? "text/csv; charset=utf-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                csv ? assignment.get().csvTemplate() : assignment.get().xlsxTemplate());
    }

    private Optional<Assignment> find(String name) {
        return assignments.stream().filter(assignment -> assignment.named(name)).findFirst();
    }

    private void page(Outcome outcome, Response response, Callback callback) {
        if (outcome instanceof Outcome.Checked done) {
            send(response, callback, 200, HTML, Pages.report(done.reports()));
        } else if (outcome instanceof Outcome.Refused refused) {
            send(response, callback, refused.status(), HTML, Pages.upload(assignments, megabytes(),
                    refused.message()));
        }
    }

    private void api(Outcome outcome, Response response, Callback callback) throws IOException {
        Map<String, Object> document;
        int status = 200;
        if (outcome instanceof Outcome.Checked done) {
            document = done.reports().get(0).plain();
            if (done.reports().size() > 1) {
                document.put("more_teams", done.reports().subList(1, done.reports().size()).stream()
                        .map(StudentReport::plain).toList());
            }
        } else {
            Outcome.Refused refused = (Outcome.Refused) outcome;
            status = refused.status();
            document = new LinkedHashMap<>();
            document.put("error", refused.message());
        }
        send(response, callback, status, JSON_TYPE, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
    }

    /** One upload, checked within the limits; never throws for anything a client sends. */
    private Outcome check(Request request, Response response) {
        long arrived = System.nanoTime();
        long declared = request.getLength();
        if (declared > options.maxUploadBytes() + FORM_OVERHEAD) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            return tooLarge();
        }
        String client = client(request);
        if (!rateLimiter.allow(client, arrived)) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, rateLimiter.retryAfterSeconds(client, arrived));
            discard(request, response);
            return new Outcome.Refused(429, "Too many checks from your address: at most "
                    + options.checksPerMinute() + " a minute. Wait a moment and try again.");
        }
        Received received;
        try (MultiPartFormData.Parts form = form(request)) {
            // The form is closed once its file is on disk: a check waiting its turn holds no part of it in memory.
            received = receive(form);
        } catch (TimeoutException slow) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            return new Outcome.Refused(408, "The upload took longer than " + options.checkTimeout().toSeconds()
                    + " s to arrive and was stopped. Try again on a faster connection.");
        } catch (UncheckedIOException disk) {
            throw disk;
        } catch (RuntimeException unparsable) {
            // Jetty stops reading a multipart body at the size limit, or where it is malformed.
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            return tooLargeWhileRead(unparsable) ? tooLarge() : new Outcome.Refused(400, "The upload could not be"
                    + " read as a form with a file: it was cut off or malformed.");
        }
        if (received instanceof Outcome.Refused refused) {
            return refused;
        }
        Upload upload = (Upload) received;
        try {
            // The time per check starts once the upload is in: a slow network is not the sheet's fault.
            return checkInTurn(upload.assignment(), upload.sheet(), upload.folder(), upload.name(), System.nanoTime());
        } finally {
            folders.giveBack(upload.folder(), upload.sheet());
        }
    }

    /**
     * Reads and drops the body of a request refused before its form was read, so that the refusal reaches the client:
     * a connection closed with data unread is reset, and the client may lose the answer with it. A body within the
     * upload limit is read, within the time an upload may take; one of unknown length is not waited for, and its
     * connection is closed, as is that of a body that does not arrive in time.
     */
    private void discard(Request request, Response response) {
        if (request.getLength() >= 0) {
            Callback.Completable read = new Callback.Completable();
            Content.Source.consumeAll(request, read);
            try {
                read.get(options.checkTimeout().toNanos(), TimeUnit.NANOSECONDS);
                return;
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException notRead) {
                // Closed below.
            }
        }
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }

    /** What a form brought: an upload on disk to check, or a refusal. */
    private sealed interface Received permits Upload, Outcome.Refused {
    }

    /** A sheet written to a folder of its own, for an assignment. */
    private record Upload(Assignment assignment, Path folder, Path sheet, String name) implements Received {
    }

    /**
     * The multipart form of a request, its parts held in memory up to 256 kB each and spooled to the server's own
     * folder beyond that, within the upload limit; read within the time per check, so that a client trickling its
     * body holds a thread no longer than a check may.
     *
     * @throws TimeoutException when the form has not arrived in that time
     */
    private MultiPartFormData.Parts form(Request request) throws TimeoutException {
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new IllegalArgumentException("not a multipart form: " + contentType);
        }
        CompletableFuture<MultiPartFormData.Parts> reading = new CompletableFuture<>();
        CutOffSource body = new CutOffSource(request);
        // Blocking: the part of a body that arrives later is parsed on a thread of Jetty's pool, not on the one that
        // watches every connection (as MultiPartFormData.from would), since a large part is written to disk as it is
        // parsed, and a slow disk would stall every other client meanwhile.
        MultiPartFormData.onParts(body, request, contentType, multipart, Promise.Invocable.from(
                InvocationType.BLOCKING, reading::complete, reading::completeExceptionally));
        try {
            return reading.get(options.checkTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException slow) {
            abandon(body, reading, slow);
            throw slow;
        } catch (ExecutionException failed) {
            throw new IllegalStateException("the form could not be read", failed.getCause());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            abandon(body, reading, stopping);
            throw new IllegalStateException("interrupted while the form was read", stopping);
        }
    }

    /**
     * Stops reading a form no longer waited for. The parser fails at its next read and deletes the part it spooled,
     * whether or not the connection ever closes; a form that was complete all the same is closed, which deletes it.
     */
    private static void abandon(CutOffSource body, CompletableFuture<MultiPartFormData.Parts> reading, Throwable why) {
        body.cutOff(why);
        reading.thenAccept(MultiPartFormData.Parts::close);
    }

    /** The form's assignment and its file, written to a folder of its own; or why they cannot be checked. */
    private Received receive(MultiPartFormData.Parts form) {
        MultiPart.Part assignmentField = form.getFirst("assignment");
        String assignmentName = assignmentField == null ? null : text(assignmentField);
        MultiPart.Part file = form.getFirst("file");
        Optional<Assignment> assignment = assignmentName == null || assignmentName.isBlank()
                ? (assignments.size() == 1 ? Optional.of(assignments.get(0)) : Optional.empty())
                : find(assignmentName);
        if (assignment.isEmpty()) {
            return new Outcome.Refused(400, assignmentName == null || assignmentName.isBlank()
                    ? "Pick an assignment: " + names() + "."
                    : "No assignment is called \"" + oneLine(assignmentName) + "\"; there are " + names() + ".");
        }
        // A field named "file" that is not a file (no file name) is text typed into a form, not an upload.
        if (file == null || file.getFileName() == null) {
            return new Outcome.Refused(400, "Choose an answer sheet to upload (the form field \"file\").");
        }
        if (file.getLength() == 0) {
            return new Outcome.Refused(400, "The file is empty.");
        }
        if (file.getLength() > options.maxUploadBytes()) {
            return tooLarge();
        }
        String name = safeName(file.getFileName());
        Path folder;
        try {
            folder = folders.take();
        } catch (IOException disk) {
            throw new UncheckedIOException(disk);
        }
        Path sheet = folder.resolve(name);
        try {
            // A part Jetty spooled to disk is moved, not copied, and no longer Jetty's to delete; one held in memory
            // is written once.
            file.writeTo(sheet);
        } catch (IOException disk) {
            folders.giveBack(folder, sheet);
            throw new UncheckedIOException(disk);
        }
        return new Upload(assignment.get(), folder, sheet, name);
    }

    /**
     * A text field as UTF-8 whatever charset its part names, malformed bytes replaced: what a client sends there is
     * a name to look up, never a reason to fail.
     */
    private static String text(MultiPart.Part field) {
        try {
            return StandardCharsets.UTF_8.decode(Content.Source.asByteBuffer(field.createContentSource())).toString();
        } catch (IOException unreadable) {
            return "";
        }
    }

    /**
     * The check of an upload on disk once one of the check slots is free: refused when too many wait already, or
     * when its time runs out while it waits; stopped when it runs out while it runs.
     */
    private Outcome checkInTurn(Assignment assignment, Path sheet, Path folder, String name, long started) {
        long deadline = started + options.checkTimeout().toNanos();
        if (stopping) {
            return stoppingRefusal();
        }
        try {
            // Not tryAcquire(): it would go before the checks already waiting.
            if (!slots.tryAcquire(0, TimeUnit.NANOSECONDS)) {
                if (waiting.incrementAndGet() > mayWait) {
                    waiting.decrementAndGet();
                    return new Outcome.Refused(503, "The server is busy checking other sheets; try again in a"
                            + " minute.");
                }
                boolean free;
                try {
                    free = slots.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                } finally {
                    waiting.decrementAndGet();
                }
                if (!free) {
                    return timedOut(assignment, name, started);
                }
            }
        } catch (InterruptedException stoppingNow) {
            Thread.currentThread().interrupt();
            return stoppingRefusal();
        }
        try {
            if (stopping) {
                return stoppingRefusal();
            }
            Alarm alarm = new Alarm(Thread.currentThread(), deadline);
            alarms.add(alarm);
            Outcome outcome;
            Throwable failure = null;
            boolean late = false;
            try {
                outcome = run(assignment, sheet, folder, name);
            } catch (Exception | Error failed) {
                outcome = null;
                failure = failed;
            } finally {
                alarms.remove(alarm);
                boolean rang = alarm.silence();
                if (rang) {
                    // The alarm's interrupt, not a stop: this thread goes back to Jetty without it.
                    Thread.interrupted();
                }
                // A check that ended past its deadline before the watchdog's next look is late all the same.
                if (rang || System.nanoTime() - deadline > 0) {
                    late = true;
                    outcome = timedOut(assignment, name, started);
                }
            }
            if (outcome == null) {
                log.println("error checking an upload for " + assignment.name() + ": " + failure);
                log.flush();
                outcome = new Outcome.Refused(500, "The check failed on an internal error; please tell your TA.");
            } else if (!late) {
                // One log line per check: a late one was logged as a timeout, whatever it came to.
                if (outcome instanceof Outcome.Checked done) {
                    StudentReport first = done.reports().get(0);
                    checked.incrementAndGet();
                    logLine(assignment.name(), first.name(), first.status(), first.score(), started);
                } else {
                    logLine(assignment.name(), "-", "refused", "-", started);
                }
            }
            // An upload that was checked is kept for the TA whatever came of it; one turned away before is not.
            if (options.keep().isPresent()) {
                keep(sheet, outcome instanceof Outcome.Checked done ? done.reports().get(0).name() : "-", name);
            }
            return outcome;
        } finally {
            slots.release();
        }
    }

    private Outcome.Refused timedOut(Assignment assignment, String name, long started) {
        logLine(assignment.name(), "-", "timeout", "-", started);
        return new Outcome.Refused(503, "Checking " + name + " took longer than " + options.checkTimeout().toSeconds()
                + " s and was stopped. Is it very large (many pages, huge images)? Try a smaller export of your"
                + " answers.");
    }

    private static Outcome.Refused stoppingRefusal() {
        return new Outcome.Refused(503, "The server is stopping; try again in a minute.");
    }

    /**
     * Interrupts a check's thread once its deadline has passed, and never once the check has ended: the thread is
     * Jetty's, and goes on to serve other requests. The reading of a sheet waits on an interruptible watchdog of its
     * own ({@code Submissions.read}), so an interrupt ends a check wherever its time goes.
     */
    private static final class Alarm {
        private final Thread thread;
        private final long deadline;
        private boolean ended;
        private boolean rang;

        Alarm(Thread thread, long deadline) {
            this.thread = thread;
            this.deadline = deadline;
        }

        synchronized void ringIfDue() {
            if (!ended && !rang && System.nanoTime() - deadline >= 0) {
                rang = true;
                thread.interrupt();
            }
        }

        /** Ends the check's watch; whether the alarm rang (and interrupted the thread) before. */
        synchronized boolean silence() {
            ended = true;
            return rang;
        }
    }

    /** The check itself: a report, or a refusal of a sheet that answers nothing of the assignment. */
    private Outcome run(Assignment assignment, Path sheet, Path folder, String name) throws IOException {
        SelfCheck.Checked checkedSheet;
        try {
            checkedSheet = checker.check(assignment.rubric(), assignment.name(), sheet);
        } catch (InputException nothingAnswered) {
            return new Outcome.Refused(422, "Nothing in " + name + " answers a part of \""
                    + assignment.rubric().title() + "\". Is it the sheet of another assignment, or a blank"
                    + " template? Pick the assignment it belongs to, or fill in the template.");
        }
        List<StudentReport> reports = new ArrayList<>();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        for (TeamResult result : checkedSheet.results()) {
            // A sheet without a team line is named after the folder it was read from: the upload's own name says more.
            String given = result.name().equals(folder.getFileName().toString()) ? stem : result.name();
            TeamResult shown = checkedSheet.results().size() == 1 ? result.identified(stem, given) : result;
            reports.add(StudentReport.of(assignment.name(), assignment.rubric(), assignment.guard(), shown, name,
                    folder.toString()));
        }
        return new Outcome.Checked(reports);
    }

    private void keep(Path sheet, String team, String name) {
        try {
            String kept = LocalDateTime.now().format(KEPT) + "_" + safeName(team) + "_" + name;
            Files.copy(sheet, options.keep().get().resolve(kept), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException notKept) {
            log.println("warning: an upload could not be kept: " + notKept.getMessage());
        }
    }

    /**
     * Whether Jetty stopped reading a form at the upload limit ("max length exceeded" for the whole form, "max file
     * size exceeded" for one part), rather than at a part's headers or the number of fields, which are malformed.
     */
    private static boolean tooLargeWhileRead(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.startsWith("max length exceeded") || message.startsWith("max file size exceeded")) {
                return true;
            }
        }
        return false;
    }

    private Outcome.Refused tooLarge() {
        return new Outcome.Refused(413, "The file is larger than " + megabytes() + " MB, the most this server"
                + " accepts. Export only your answers, or compress the images in it.");
    }

    private String names() {
        return String.join(", ", assignments.stream().map(Assignment::name).toList());
    }

    private static String client(Request request) {
        return client(request.getConnectionMetaData().getRemoteSocketAddress(),
                request.getHeaders().get(HttpHeader.X_FORWARDED_FOR));
    }

    /**
     * The client a rate limit counts: its address, or, when the request comes from a reverse proxy on this machine
     * (a loopback address, IPv4 or IPv6), the address the proxy says it forwards (the last one it added), since every
     * student would otherwise share the proxy's address.
     */
    static String client(SocketAddress remote, String forwardedFor) {
        InetAddress address = remote instanceof InetSocketAddress socket ? socket.getAddress() : null;
        if (address == null) {
            return String.valueOf(remote);
        }
        if (address.isLoopbackAddress() && forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",");
            return hops[hops.length - 1].strip();
        }
        return address.getHostAddress();
    }

    /**
     * The uploaded file's name without any folder (a browser may send {@code C:\Users\…}; a hostile client
     * {@code ../../etc/passwd}), in characters safe on every file system, at most 100 of them; its extension is what
     * the readers go by first, so it is kept.
     */
    static String safeName(String uploaded) {
        String name = uploaded == null ? "" : uploaded;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_").replaceAll("^[.\\s]+", "").strip();
        if (name.length() > 100) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 100 - extension.length()) + extension;
        }
        return name.isEmpty() ? "upload" : name;
    }

    private void logLine(String assignment, String team, String status, String score, long started) {
        long milliseconds = (System.nanoTime() - started) / 1_000_000;
        log.println("check assignment=" + assignment + " team=\"" + oneLine(team).replace("\"", "'") + "\" status="
                + status + " score=" + score.replace(" ", "") + " ms=" + milliseconds);
        log.flush();
    }

    /** Text for one log line: no line breaks or control characters a client could forge a line with. */
    private static String oneLine(String text) {
        String plain = text.replaceAll("\\p{Cntrl}", " ");
        return plain.length() > 80 ? plain.substring(0, 80) + "…" : plain;
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // Whatever cannot be removed stays in the system's temporary folder, named as this server's.
        }
    }

    private void stopQuietly() {
        try {
            http.stop();
        } catch (Exception notStopped) {
            log.println("warning: the web server did not stop cleanly: " + notStopped.getMessage());
        }
    }

    /** Stops listening, lets the running checks finish (a few seconds at most), and removes the temporary uploads. */
    @Override
    public void close() {
        stopping = true;
        try {
            // Every slot back: the running checks have ended (each within its time); the waiting ones, given a slot in
            // turn, are told the server is stopping.
            if (slots.tryAcquire(checksAtOnce, options.checkTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                slots.release(checksAtOnce);
            }
        } catch (InterruptedException stoppedNow) {
            Thread.currentThread().interrupt();
        }
        stopQuietly();
        watchdog.shutdownNow();
        deleteQuietly(uploads);
        log.println("Stopped after " + checked.get() + " checks.");
        log.flush();
    }
}
