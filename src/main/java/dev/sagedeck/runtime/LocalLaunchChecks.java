package dev.sagedeck.runtime;

import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.CheckResult.Verdict;
import dev.sagedeck.domain.LaunchSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pre-submit checks of a local run, for the wizard's review: the files it names exist and can
 * be read (a missing file FAILs here instead of after the job directory is made).
 */
final class LocalLaunchChecks {
    private LocalLaunchChecks() {}

    static List<CheckResult> check(LaunchSpec spec) {
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
        }
        return out;
    }

    private static CheckResult file(String what, String name) {
        Path p = Path.of(name).toAbsolutePath();
        if (!Files.exists(p)) {
            return new CheckResult(what, Verdict.FAIL, p + ": no such file");
        }
        if (!Files.isRegularFile(p)) {
            return new CheckResult(what, Verdict.FAIL, p + ": not a regular file");
        }
        if (!Files.isReadable(p)) {
            return new CheckResult(what, Verdict.FAIL, p + ": not readable (check its permissions)");
        }
        try {
            return new CheckResult(what, Verdict.PASS, p + " (" + Files.size(p) + " bytes)");
        } catch (java.io.IOException e) {
            return new CheckResult(what, Verdict.WARN, p + ": could not read its size (" + e.getMessage() + ")");
        }
    }
}
