package dev.sagedeck.local;

import java.nio.file.Path;
import java.util.List;

/**
 * A run whose own process also shows its log to a waiting terminal ({@code train --wait} under
 * dist/sagedeck, docs/LOCAL-JOBS.md): it starts as {@code mainClass <jobDir> args...} instead of
 * {@link JobProcess}, and the launcher learns its pid from {@code <handoff>/pid}.
 */
public record Attach(String mainClass, Path handoff, List<String> args) {
    /** Set by dist/sagedeck for {@code train --wait}: the hand-over directory, holding the pipe it reads. */
    public static final String ENV = "SAGEDECK_WAIT_HANDOFF";

    public Attach {
        args = List.copyOf(args);
    }
}
