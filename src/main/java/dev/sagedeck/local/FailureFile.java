package dev.sagedeck.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

/**
 * {@code output/failure}: the failure description, as in SageMaker, where a script may write it
 * itself and FailureReason is its first 1024 characters.
 */
final class FailureFile {
    static final int MAX_REASON = 1024;

    private FailureFile() {}

    /** Writes the reason unless the run already wrote its own description. */
    static void write(JobDir dir, String reason) {
        try {
            Files.createDirectories(dir.output());
            if (!Files.exists(dir.failure())) {
                JobRecordFile.writeAtomically(dir.failure(), reason.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException ignored) {
            // the reason is in job.json as well; the file is a courtesy to SageMaker-style scripts
        }
    }

    /** What the run wrote to output/failure, trimmed to SageMaker's 1024 characters; empty if nothing. */
    static Optional<String> read(JobDir dir) {
        try {
            if (!Files.isRegularFile(dir.failure())) {
                return Optional.empty();
            }
            byte[] bytes;
            try (var in = Files.newInputStream(dir.failure())) {
                bytes = in.readNBytes(4 * MAX_REASON); // a runaway script may write megabytes here
            }
            String text = new String(bytes, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
