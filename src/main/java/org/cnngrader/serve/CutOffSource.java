package org.cnngrader.serve;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jetty.io.Content;

/**
 * A request body that the server can stop reading whatever the connection does. Once {@link #cutOff} is called, every
 * read gives the failure, and a reader waiting for more is woken to read it. A multipart parser fails on that chunk
 * and deletes the part it was spooling to disk; left waiting on a connection that never sends the rest nor closes,
 * it would keep that part until the server stops.
 */
final class CutOffSource implements Content.Source {

    private final Content.Source body;
    private final AtomicReference<Runnable> waiting = new AtomicReference<>();
    private volatile Throwable cutOff;

    CutOffSource(Content.Source body) {
        this.body = Objects.requireNonNull(body, "body");
    }

    /**
     * Stops the reading: the reader sees {@code failure} at its next read, at once if it is waiting for content. The
     * body itself is left to the connection, which the refusal that follows closes.
     */
    void cutOff(Throwable failure) {
        cutOff = Objects.requireNonNull(failure, "failure");
        wake();
    }

    @Override
    public long getLength() {
        return body.getLength();
    }

    @Override
    public Content.Chunk read() {
        Throwable failure = cutOff;
        return failure == null ? body.read() : Content.Chunk.from(failure, true);
    }

    @Override
    public void demand(Runnable demandCallback) {
        // The callback runs once, from the body or from cutOff, whichever comes first: never two reads at once.
        waiting.set(Objects.requireNonNull(demandCallback, "demandCallback"));
        if (cutOff != null) {
            wake();
        } else {
            body.demand(this::wake);
        }
    }

    @Override
    public void fail(Throwable failure) {
        body.fail(failure);
    }

    private void wake() {
        Runnable callback = waiting.getAndSet(null);
        if (callback != null) {
            callback.run();
        }
    }
}
