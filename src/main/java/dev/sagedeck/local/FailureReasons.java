package dev.sagedeck.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the line that explains a failed script in its log: the last line of the last Python
 * traceback ({@code ValueError: could not convert string to float: 'abc'}), else the last
 * non-blank line the script printed.
 */
final class FailureReasons {
    static final String TRACEBACK = "Traceback (most recent call last):";
    private static final long WINDOW = 256 * 1024;

    /** The explaining line and whether it ends a traceback (then it is the whole reason). */
    record Explanation(String line, boolean traceback) {}

    private FailureReasons() {}

    /** Looks at what the script wrote: the log from {@code fromOffset} on (its last 256 KiB at most). */
    static Optional<Explanation> fromLog(Path log, long fromOffset) throws IOException {
        long size = Files.exists(log) ? Files.size(log) : 0;
        long start = Math.min(size, Math.max(fromOffset, size - WINDOW));
        return explain(LogFile.from(log, start, true).lines());
    }

    static Optional<Explanation> explain(List<String> lines) {
        for (int tb = lines.size() - 1; tb >= 0; tb--) {
            if (lines.get(tb).startsWith(TRACEBACK)) {
                // Frames are indented; the exception line that ends the traceback starts at column 0.
                for (int i = tb + 1; i < lines.size(); i++) {
                    String l = lines.get(i);
                    if (!l.isBlank() && !Character.isWhitespace(l.charAt(0))) {
                        return Optional.of(new Explanation(l.strip(), true));
                    }
                }
                break;
            }
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return Optional.of(new Explanation(lines.get(i).strip(), false));
            }
        }
        return Optional.empty();
    }
}
