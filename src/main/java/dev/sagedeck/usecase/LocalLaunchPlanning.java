package dev.sagedeck.usecase;

import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.CheckResult.Verdict;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.ReadableFile;
import dev.sagedeck.domain.Requirements;
import dev.sagedeck.port.DataChecks;
import dev.sagedeck.port.LaunchPlanning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link LaunchPlanning} for local runs: no request is sent (the dry run is null), and the checks
 * are that the files it names exist and can be read (a missing file FAILs in the review instead
 * of after the job directory is made), then the training file read as the run will. No AWS.
 */
public final class LocalLaunchPlanning implements LaunchPlanning {
    private final DataChecks data;

    /** With {@code data} reading the training file as the run will once the files exist (null: files only). */
    public LocalLaunchPlanning(DataChecks data) {
        this.data = data;
    }
    /** A local run sends no request: there is nothing to show but the checks. */
    @Override
    public String dryRun(LaunchSpec spec) {
        return null;
    }

    @Override
    public List<CheckResult> check(LaunchSpec spec) {
        List<CheckResult> out = files(spec);
        // the files exist: read the data as the run will (a file that is not there says so once)
        if (data != null && out.stream().noneMatch(c -> c.verdict() == Verdict.FAIL)) {
            out.addAll(data.check(spec));
        }
        return out;
    }

    private static List<CheckResult> files(LaunchSpec spec) {
        List<CheckResult> out = new ArrayList<>();
        if (spec.data().sample() != null) {
            out.add(new CheckResult("data", Verdict.PASS, "bundled sample " + spec.data().sample() + " (in sagedeck itself)"));
        } else {
            out.add(file("training data", spec.data().train()));
            if (spec.data().test() != null) {
                out.add(file("test file", spec.data().test()));
            }
        }
        if (spec.script() != null) {
            Path dir = spec.script().sourceDir() == null ? null : Path.of(spec.script().sourceDir());
            if (dir != null && !Files.isDirectory(dir)) {
                out.add(new CheckResult("source dir", Verdict.FAIL, dir.toAbsolutePath() + " does not exist or is not a directory"));
            }
            Path entry = dir == null ? Path.of(spec.script().entryPoint()) : dir.resolve(spec.script().entryPoint());
            out.add(Files.isRegularFile(entry)
                    ? new CheckResult("entry point", Verdict.PASS, entry.toAbsolutePath().toString())
                    : new CheckResult("entry point", Verdict.FAIL, entry.toAbsolutePath() + ": no such file"));
            if (dir != null && Files.isRegularFile(dir.resolve(Requirements.FILE))) {
                out.add(requirements(dir.resolve(Requirements.FILE)));
            }
        }
        return out;
    }

    /** As on SageMaker, the run installs them before the script: said here, with the packages. */
    private static CheckResult requirements(Path file) {
        try {
            return new CheckResult("requirements", Verdict.PASS, Requirements.sentence(Files.readString(file),
                    "into a virtual environment kept for this file (made while the run shows Downloading)"));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return new CheckResult("requirements", Verdict.FAIL, file + " cannot be read: " + e.getMessage());
        }
    }

    private static CheckResult file(String what, String name) {
        Path p = Path.of(name).toAbsolutePath();
        java.util.Optional<String> unreadable = ReadableFile.why(p);
        if (unreadable.isPresent()) {
            return new CheckResult(what, Verdict.FAIL, unreadable.get());
        }
        try {
            return new CheckResult(what, Verdict.PASS, p + " (" + Files.size(p) + " bytes)");
        } catch (java.io.IOException e) {
            return new CheckResult(what, Verdict.WARN, p + ": could not read its size (" + e.getMessage() + ")");
        }
    }
}
