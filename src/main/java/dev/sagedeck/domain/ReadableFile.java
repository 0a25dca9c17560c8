package dev.sagedeck.domain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one rule for "can sagedeck read this local file": it exists, is a regular file and may be
 * read, checked in that order so the message names the first thing wrong. It reads the file's
 * attributes (no content): cheap, but still the file system, so not for the UI thread.
 */
public final class ReadableFile {
    /** What is wrong with a file that cannot be read, in words for the user. */
    public enum Problem {
        MISSING("no such file"),
        NOT_A_FILE("not a regular file"),
        UNREADABLE("not readable (check its permissions)");

        private final String text;

        Problem(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private ReadableFile() {}

    /** What keeps {@code file} from being read, or empty when it can be. */
    public static Optional<Problem> problem(Path file) {
        if (!Files.exists(file)) {
            return Optional.of(Problem.MISSING);
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of(Problem.NOT_A_FILE);
        }
        if (!Files.isReadable(file)) {
            return Optional.of(Problem.UNREADABLE);
        }
        return Optional.empty();
    }

    /** {@code "<absolute path>: <problem>"} when {@code file} cannot be read, else empty. */
    public static Optional<String> why(Path file) {
        Path p = file.toAbsolutePath();
        return problem(p).map(x -> p + ": " + x.text());
    }
}
