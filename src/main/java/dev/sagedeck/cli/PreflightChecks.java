package dev.sagedeck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code sagedeck check} needs from the pre-flight checks library: the lesson's "tests before
 * scaling" on a training file, each a verdict with the number behind it. {@link #standard()} is
 * where that library plugs in.
 */
@FunctionalInterface
interface PreflightChecks {
    /** One check: its name, PASS / WARN / FAIL, and what was measured. */
    record Check(String name, String verdict, String detail) {
        static final String FAIL = "FAIL";
    }

    /** @throws IllegalArgumentException for bad input (unreadable CSV, missing label column), with a user message */
    List<Check> run(Path trainCsv, String preset, String label, List<String> drop, Map<String, String> hyperParameters);

    static PreflightChecks standard() {
        // TODO(lead): delegate to the engine's pre-flight checks once merged.
        return (csv, preset, label, drop, hps) -> {
            throw new UnsupportedOperationException("pre-flight checks are not in this build yet (they are on another branch)");
        };
    }
}
