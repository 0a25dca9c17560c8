package dev.sagedeck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sagedeck.json.Json;
import dev.sagedeck.port.BackendException;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every command prints the same way: JSON documents, and errors as one line plus an exit code.
 * A document that is a plain tree (maps, lists, strings, numbers, booleans, null: {@code train --json}'s
 * result) is written by {@link Json}, byte for byte as databind would, without loading databind; only
 * other values (records, nodes) start databind's mappers.
 */
final class CliOutput {
    private CliOutput() {}

    /** databind's mappers, made when a document first needs one (a class of their own: loading CliOutput loads no databind). */
    private static final class Mappers {
        static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        static final ObjectMapper LINE = new ObjectMapper();
    }

    static void json(PrintWriter out, Object value) {
        try {
            out.println(Json.isTree(value) ? Json.pretty(value) : Mappers.PRETTY.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** One compact JSON document on one line (JSON lines: {@code logs --json}). */
    static void jsonLine(PrintWriter out, Object value) {
        try {
            out.println(Json.isTree(value) ? Json.compact(value) : Mappers.LINE.writeValueAsString(value));
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
