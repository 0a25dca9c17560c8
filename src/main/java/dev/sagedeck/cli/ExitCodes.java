package dev.sagedeck.cli;

/** Process exit codes: 0 ok, 1 the job or run failed, 2 bad input. */
public final class ExitCodes {
    private ExitCodes() {}

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;
}
