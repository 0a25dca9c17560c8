package dev.sagedeck.local;

import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.port.Preflight;
import dev.sagedeck.xgboost.MeasuredCheck;
import dev.sagedeck.xgboost.PreflightChecks;
import dev.sagedeck.xgboost.TrainingRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@link Preflight} on this machine with the engine's checks: a bundled sample is copied out of
 * sagedeck first, and the save-and-reload check writes into a temporary directory; both are
 * removed afterwards.
 */
public final class LocalPreflight implements Preflight {
    @Override
    public List<CheckResult> check(DataSpec data, Map<String, String> hyperParameters) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("sagedeck-check-");
            Path train = Path.of(data.train() == null ? "" : data.train());
            if (data.sample() != null) {
                train = scratch.resolve(BundledSample.fileName(data.sample(), "train"));
                BundledSample.copy(data.sample(), "train", train);
            }
            TrainingRequest request = new TrainingRequest(train, null, data.preset(), data.label(), data.drop(), hyperParameters,
                    scratch.resolve("model"), scratch.resolve("output"));
            List<CheckResult> out = new ArrayList<>();
            for (MeasuredCheck r : new PreflightChecks().run(request)) {
                out.add(new CheckResult(r.title(), CheckResult.Verdict.valueOf(r.status().name()), r.detail()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
