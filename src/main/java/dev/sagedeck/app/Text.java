package dev.sagedeck.app;

/** User-facing text in one place, so wording changes are deliberate and golden screens stay stable. */
public final class Text {
    private Text() {}

    public static final String APP_NAME = "sagedeck";
    public static final String NO_SUCH_JOB = "no training job named '%s'";
    public static final String BACKEND_NOT_CONFIGURED = "the %s backend is not configured";
    public static final String NOT_A_TERMINAL =
            "sagedeck: the dashboard needs a terminal (stdout is not one); use the subcommands instead: "
                    + "sagedeck jobs | describe | logs | train | stop ... (sagedeck --help)";
    public static final String EMPTY_MINE =
            "No training jobs yet. Press n to start one, or run: sagedeck train --sample titanic";
    public static final String EMPTY_FILTERED = "No jobs match the filter '%s'. Esc clears it.";
    public static final String AWS_NOT_CONFIGURED = "AWS: not configured - local jobs only";
    public static final String LOCAL_ONLY = "local only";

    public static final String STOP_NOT_MINE =
            "%s belongs to %s. sagedeck only stops your own jobs.";
    public static final String STOP_NOT_RUNNING = "%s is not running (status %s); nothing to stop.";
    public static final String STOP_FINISHED_MEANWHILE = "%s finished before the stop arrived; nothing was stopped.";
    public static final String STOP_SENT = "Stop sent to %s; it will show Stopping, then Stopped.";
}
