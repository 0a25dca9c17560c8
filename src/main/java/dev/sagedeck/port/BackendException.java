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

    /**
     * What every backend says when it holds no job of that name (the port's NOT_FOUND for a job),
     * so that the dashboard, the CLI and both backends word it alike.
     */
    public static final String NO_SUCH_JOB = "no training job named '%s'";

    private final Kind kind;

    public BackendException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public BackendException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** NOT_FOUND for a job name no backend holds. */
    public static BackendException noSuchJob(String name) {
        return new BackendException(Kind.NOT_FOUND, NO_SUCH_JOB.formatted(name));
    }

    /** NOT_FOUND for a job name, keeping the backend's own answer as the cause. */
    public static BackendException noSuchJob(String name, Throwable cause) {
        return new BackendException(Kind.NOT_FOUND, NO_SUCH_JOB.formatted(name), cause);
    }

    public Kind kind() {
        return kind;
    }
}
