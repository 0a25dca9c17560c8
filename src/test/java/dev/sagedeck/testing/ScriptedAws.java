package dev.sagedeck.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A scripted AWS endpoint for what moto cannot do: jobs that run and change state, StopTrainingJob,
 * throttling, 5xx, slow answers and dropped connections. A JDK HttpServer on 127.0.0.1 speaking the
 * JSON 1.1 protocol of SageMaker, CloudWatch Logs and the Price List API (dispatch on
 * {@code X-Amz-Target}) and STS's query protocol. It records every request so tests can assert
 * call counts and request shapes. Extend it with {@link #on(String, Handler)}.
 */
public final class ScriptedAws implements AutoCloseable {
    /** For handlers that build answers. */
    public static final ObjectMapper JSON = new ObjectMapper();

    /** Answers one operation: the parsed request body in, a reply out. */
    @FunctionalInterface
    public interface Handler {
        Reply handle(JsonNode request);
    }

    /** An HTTP answer: status and body (JSON unless {@code contentType} says otherwise). */
    public record Reply(int status, String body, String contentType) {
        public static Reply ok(JsonNode body) {
            return new Reply(200, body.toString(), "application/x-amz-json-1.1");
        }

        public static Reply empty() {
            return ok(JSON.createObjectNode());
        }

        /** An AWS JSON error, e.g. {@code error(400, "ThrottlingException", "Rate exceeded")}. */
        public static Reply error(int status, String type, String message) {
            ObjectNode n = JSON.createObjectNode().put("__type", type).put("message", message);
            return new Reply(status, n.toString(), "application/x-amz-json-1.1");
        }
    }

    /** One request as the endpoint saw it. */
    public record Request(String target, JsonNode body, long receivedNanos) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "scripted-aws");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final ScriptedAwsFaults faults = new ScriptedAwsFaults();
    private final ScriptedAwsSageMaker sageMaker;
    private final ScriptedAwsLogs logs;

    static {
        // small JSON answers otherwise wait ~40 ms for Nagle + delayed ACK on every call
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private ScriptedAws() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::serve);
        server.setExecutor(threads);
        sageMaker = new ScriptedAwsSageMaker(this);
        logs = new ScriptedAwsLogs(this);
        on("STS.GetCallerIdentity", req -> new Reply(200, ScriptedAwsSts.callerIdentity(callerArn), "text/xml"));
        server.start();
    }

    private volatile String callerArn = "arn:aws:sts::123456789012:assumed-role/Researcher/alice";

    /** Starts a server on a free loopback port. */
    public static ScriptedAws start() {
        try {
            return new ScriptedAws();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the scripted AWS endpoint", e);
        }
    }

    /** An endpoint where nothing listens: every call gets "connection refused". */
    public static URI refusingEndpoint() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + s.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Training jobs, their lifecycles, tags and the SageMaker operations on them. */
    public ScriptedAwsSageMaker sageMaker() {
        return sageMaker;
    }

    /** Log groups, streams and events. */
    public ScriptedAwsLogs logs() {
        return logs;
    }

    /** Faults for the next requests: throttling, 5xx, latency, dropped connections. */
    public ScriptedAwsFaults faults() {
        return faults;
    }

    /** What STS GetCallerIdentity answers. */
    public void callerArn(String arn) {
        this.callerArn = arn;
    }

    /** Registers (or replaces) the handler for an {@code X-Amz-Target} such as {@code SageMaker.Search}. */
    public void on(String target, Handler handler) {
        handlers.put(target, handler);
    }

    /** The handler registered for a target, or null: for one that answers part of a target and hands the rest on. */
    public Handler handler(String target) {
        return handlers.get(target);
    }

    /** Every request so far, in arrival order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Requests for one target, e.g. {@code "SageMaker.StopTrainingJob"} (short names work too). */
    public List<Request> requests(String target) {
        List<Request> out = new ArrayList<>();
        for (Request r : requests) {
            if (matches(r.target(), target)) {
                out.add(r);
            }
        }
        return out;
    }

    public int count(String target) {
        return requests(target).size();
    }

    public void clearRequests() {
        requests.clear();
    }

    static boolean matches(String target, String wanted) {
        return wanted == null || target.equals(wanted) || target.endsWith("." + wanted);
    }

    private void serve(HttpExchange ex) throws IOException {
        long now = System.nanoTime();
        byte[] raw = ex.getRequestBody().readAllBytes();
        String target = ex.getRequestHeaders().getFirst("X-Amz-Target");
        JsonNode body;
        if (target == null) {
            Map<String, String> form = form(new String(raw, StandardCharsets.UTF_8));
            target = "STS." + form.getOrDefault("Action", "Unknown");
            body = JSON.valueToTree(form);
        } else {
            body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
        }
        requests.add(new Request(target, body, now));
        try {
            Reply reply = faults.apply(target, ex);
            if (reply == null) {
                Handler h = handlers.get(target);
                reply = h == null
                        ? Reply.error(400, "UnknownOperationException", "scripted endpoint has no handler for " + target)
                        : h.handle(body);
            }
            send(ex, reply);
        } catch (ScriptedAwsFaults.Dropped dropped) {
            // the fault already cut the connection
        } catch (RuntimeException e) {
            send(ex, Reply.error(500, "InternalFailure", "scripted endpoint failed: " + e));
        }
    }

    private static void send(HttpExchange ex, Reply reply) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", reply.contentType());
        ex.getResponseHeaders().set("x-amzn-RequestId", "scripted-" + System.nanoTime());
        ex.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /**
     * Stops the endpoint, and fails the test that used it if any StopTrainingJob reached a job that
     * was not the stopper's or not running: the promise, checked across the whole suite.
     */
    @Override
    public void close() {
        faults.release();
        server.stop(0);
        threads.shutdownNow();
        List<String> unfair = sageMaker.unfairStops();
        if (!unfair.isEmpty()) {
            throw new AssertionError("StopTrainingJob reached a job that is not mine or not running: " + unfair);
        }
    }
}
