package dev.sagedeck.port;

/**
 * A backend call that failed, with a kind the UI can act on and a message a user can read.
 * Adapters translate SDK, I/O and process errors into this; nothing else crosses the port.
 */
public class BackendException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, coarsely: what the caller should do differs by kind. */
    public enum Kind {
        /** The job, file or resource does not exist. */
        NOT_FOUND,
        /** Credentials are missing, expired or lack permission for this call. */
        DENIED,
        /** No region or credentials configured at all. */
        NOT_CONFIGURED,
        /** The service throttled us after the SDK's retries. */
        THROTTLED,
        /** Network loss, timeout or a 5xx answer. */
        UNAVAILABLE,
        /** The request was invalid (bad name, bad hyperparameter, bad URI...). */
        INVALID,
        /** The job is not in a state that allows the action (e.g. stop a finished job). */
        CONFLICT,
        /** Anything else. */
        FAILED
    }

    private final Kind kind;

    public BackendException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public BackendException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
