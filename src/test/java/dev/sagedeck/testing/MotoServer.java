package dev.sagedeck.testing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The moto_server the AWS tests talk to. `.ci/test` starts one and passes its URL as the system
 * property {@code moto.endpoint}; when that is unset (a developer running one test from the IDE)
 * this class starts its own on a free loopback port and stops it when the JVM exits.
 * If moto cannot be reached or started, {@link #endpoint()} throws: tests fail, they never skip.
 */
public final class MotoServer {
    private static URI endpoint;

    private MotoServer() {}

    /** The moto endpoint, starting a server once per JVM if none was given. */
    public static synchronized URI endpoint() {
        if (endpoint != null) {
            return endpoint;
        }
        String given = System.getProperty("moto.endpoint", "");
        if (!given.isBlank()) {
            endpoint = requireReachable(URI.create(given), Duration.ofSeconds(10));
            return endpoint;
        }
        endpoint = start();
        return endpoint;
    }

    /** Whether {@code uri} is the moto endpoint already in use (never starts a server). */
    public static synchronized boolean isEndpoint(URI uri) {
        String given = System.getProperty("moto.endpoint", "");
        return uri.equals(endpoint) || (!given.isBlank() && uri.equals(URI.create(given)));
    }

    /** {@code uri} once moto answers there within {@code patience}; otherwise an exception naming it. */
    static URI requireReachable(URI uri, Duration patience) {
        if (!reachable(uri, patience)) {
            throw new IllegalStateException("moto_server is required but not reachable at " + uri);
        }
        return uri;
    }

    private static URI start() {
        int port = freePort();
        try {
            Path log = Files.createTempFile("moto-", ".log");
            Process p = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
            URI uri = URI.create("http://127.0.0.1:" + port);
            if (!reachable(uri, Duration.ofSeconds(30))) {
                p.destroyForcibly();
                throw new IllegalStateException("moto_server did not start on port " + port + "; see " + log);
            }
            return uri;
        } catch (IOException e) {
            throw new IllegalStateException("moto_server is required but could not be started: " + e.getMessage()
                    + " (run the tests with .ci/test, which installs and starts it)", e);
        }
    }

    private static boolean reachable(URI uri, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpURLConnection c = (HttpURLConnection) uri.resolve("/moto-api/").toURL().openConnection();
                c.setConnectTimeout(500);
                c.setReadTimeout(2000);
                int code = c.getResponseCode();
                c.disconnect();
                if (code > 0) {
                    return true;
                }
            } catch (IOException notYet) {
                // server still starting; try again shortly
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    /** Clears every resource in moto so a test starts from nothing. */
    public static void reset() {
        try {
            HttpURLConnection c = (HttpURLConnection) endpoint().resolve("/moto-api/reset").toURL().openConnection();
            c.setRequestMethod("POST");
            c.getResponseCode();
            c.disconnect();
        } catch (IOException e) {
            throw new IllegalStateException("moto reset failed", e);
        }
    }
}
