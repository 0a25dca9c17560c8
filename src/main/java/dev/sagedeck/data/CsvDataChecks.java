package dev.sagedeck.data;

import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.CheckResult.Verdict;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.port.DataChecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The wizard review's look at a local run's training CSV: {@link DataLoading#learn}, the very reading
 * the run does, so a file the run would refuse FAILs here and its {@link DataWarning}s show as WARN.
 * Bundled samples, script-mode runs (the script reads its own data), S3 files and files larger than
 * {@link #MAX_BYTES} (they would take a while and their memory) are left to the run, whose log says it.
 */
public final class CsvDataChecks implements DataChecks {
    /** Files up to this size are read for the review; a bigger one waits for the run. */
    public static final long MAX_BYTES = 256L << 20;
    static final String NAME = "data";

    @Override
    public List<CheckResult> check(LaunchSpec spec) {
        DataSpec data = spec.data();
        if (spec.script() != null || data == null || data.sample() != null || data.train() == null || data.train().startsWith("s3://")) {
            return List.of();
        }
        Path file = Path.of(data.train());
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return List.of();
            }
            DataLoading.Learned learned = DataLoading.learn(file, data.preset(), data.label(), data.drop(),
                    spec.hyperParameters().get("objective"));
            List<CheckResult> out = new ArrayList<>();
            for (DataWarning w : learned.warnings()) {
                out.add(new CheckResult(NAME, Verdict.WARN, w.message()));
            }
            return out;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return List.of(new CheckResult(NAME, Verdict.FAIL, e.getMessage()));
        } catch (IOException e) {
            return List.of(new CheckResult(NAME, Verdict.WARN, "could not read " + file + " ahead of the run: " + e.getMessage()));
        }
    }
}
