package dev.sagedeck.domain;

/**
 * Where the next log read starts. The token is the backend's own (a byte offset for local jobs,
 * per-stream forward tokens for CloudWatch) and opaque to everyone else. {@link #START} asks for
 * the last lines of the log so a pane is never empty.
 */
public record LogCursor(String token) {
    public static final LogCursor START = new LogCursor("");

    public boolean isStart() {
        return token == null || token.isEmpty();
    }
}
