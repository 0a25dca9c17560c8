package dev.sagedeck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sagedeck.port.BackendException;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** What every command prints the same way: JSON documents, and errors as one line plus an exit code. */
final class CliOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper LINE = new ObjectMapper();

    private CliOutput() {}

    static void json(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** One compact JSON document on one line (JSON lines: {@code logs --json}). */
    static void jsonLine(PrintWriter out, Object value) {
        try {
            out.println(LINE.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** Prints {@code sagedeck <command>: <message>} on stderr and returns the exit code. */
    static int error(CommandSpec spec, int exitCode, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": " + message);
        err.flush();
        return exitCode;
    }

    /** A backend failure as the user sees it: bad input (unknown job, invalid request) is 2, the rest 1. */
    static int error(CommandSpec spec, BackendException e) {
        return error(spec, exitCode(e), e.getMessage());
    }

    static int exitCode(BackendException e) {
        switch (e.kind()) {
            case NOT_FOUND:
            case INVALID:
            case CONFLICT:
            case NOT_CONFIGURED:
            case DENIED:
                return ExitCodes.BAD_INPUT;
            default:
                return ExitCodes.FAILED;
        }
    }
}
