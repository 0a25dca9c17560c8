package dev.sagedeck.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Faults the scripted endpoint injects into the next matching requests, in the order they were
 * added: throttling, error answers (5xx, AccessDenied...), slow answers and dropped connections.
 * A target of {@code null} matches every operation; short names like "Search" work.
 */
public final class ScriptedAwsFaults {
    /** Thrown inside the server when a fault has cut the connection instead of answering. */
    static final class Dropped extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private enum Kind { ERROR, DELAY, DROP }

    private static final class Fault {
        final String target;
        final Kind kind;
        final ScriptedAws.Reply reply;
        final Duration delay;
        int remaining;

        Fault(String target, Kind kind, int times, ScriptedAws.Reply reply, Duration delay) {
            this.target = target;
            this.kind = kind;
            this.remaining = times;
            this.reply = reply;
            this.delay = delay;
        }
    }

    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    /** The next {@code times} calls get HTTP 400 ThrottlingException "Rate exceeded". */
    public ScriptedAwsFaults throttle(String target, int times) {
        return error(target, times, 400, "ThrottlingException", "Rate exceeded");
    }

    /** The next {@code times} calls get a server error with this status. */
    public ScriptedAwsFaults serverError(String target, int times, int status) {
        return error(target, times, status, status == 503 ? "ServiceUnavailable" : "InternalFailure",
                "We encountered an internal error. Please try again.");
    }

    /** The next {@code times} calls get this error answer. */
    public ScriptedAwsFaults error(String target, int times, int status, String type, String message) {
        faults.add(new Fault(target, Kind.ERROR, times, ScriptedAws.Reply.error(status, type, message), null));
        return this;
    }

    /** Every call from now on gets this error answer (e.g. AccessDeniedException on Search). */
    public ScriptedAwsFaults always(String target, int status, String type, String message) {
        return error(target, Integer.MAX_VALUE, status, type, message);
    }

    /** The next {@code times} calls are answered normally, but only after {@code delay}. */
    public ScriptedAwsFaults delay(String target, int times, Duration delay) {
        faults.add(new Fault(target, Kind.DELAY, times, null, delay));
        return this;
    }

    /** The next {@code times} calls get a response cut off in the middle. */
    public ScriptedAwsFaults drop(String target, int times) {
        faults.add(new Fault(target, Kind.DROP, times, null, null));
        return this;
    }

    /** Forgets every fault not yet used. */
    public void clear() {
        faults.clear();
    }

    /** Returns the reply to send instead of the real one, or null to answer normally. */
    ScriptedAws.Reply apply(String target, HttpExchange ex) throws IOException {
        Fault f = take(target);
        if (f == null) {
            return null;
        }
        switch (f.kind) {
            case ERROR:
                return f.reply;
            case DELAY:
                try {
                    // a latch, not a sleep: closing the endpoint lets every slow answer go at once
                    closing.await(f.delay.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            default:
                byte[] part = "{\"TrainingJobName\":".getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(200, 4096);
                OutputStream out = ex.getResponseBody();
                out.write(part);
                out.flush();
                ex.close();
                throw new Dropped();
        }
    }

    private synchronized Fault take(String target) {
        for (Fault f : faults) {
            if (f.remaining > 0 && ScriptedAws.matches(target, f.target)) {
                if (f.remaining != Integer.MAX_VALUE) {
                    f.remaining--;
                }
                return f;
            }
        }
        return null;
    }

    void release() {
        closing.countDown();
    }
}
