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

    /** The engine's checks; the save-and-reload check writes into a temporary directory it removes. */
    static PreflightChecks standard() {
        return (csv, preset, label, drop, hps) -> {
            Path scratch = null;
            try {
                scratch = java.nio.file.Files.createTempDirectory("sagedeck-check");
                dev.sagedeck.xgboost.TrainingRequest request = new dev.sagedeck.xgboost.TrainingRequest(csv, null, preset, label,
                        drop, hps, scratch.resolve("model"), scratch.resolve("output"));
                List<Check> out = new java.util.ArrayList<>();
                for (dev.sagedeck.xgboost.CheckResult r : new dev.sagedeck.xgboost.PreflightChecks().run(request)) {
                    out.add(new Check(r.title(), r.status().name(), r.detail()));
                }
                return out;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                deleteQuietly(scratch);
            }
        };
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
