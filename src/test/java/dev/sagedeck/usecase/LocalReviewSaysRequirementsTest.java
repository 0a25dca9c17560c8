package dev.sagedeck.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.ScriptSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's review of a local script run says its requirements.txt will be installed, and which packages. */
class LocalReviewSaysRequirementsTest {
    @TempDir
    Path tmp;

    @Test
    void aSourceDirWithRequirements_isSaidInTheReview_withItsPackages() throws Exception {
        Files.writeString(tmp.resolve("train.py"), "print(1)\n");
        Files.writeString(tmp.resolve("requirements.txt"), "# for the plots\nmatplotlib==3.9.0\n\n-r more.txt\n");
        Path train = Files.writeString(tmp.resolve("t.csv"), "a,b\n1,2\n");
        LaunchSpec spec = new LaunchSpec(Backend.LOCAL, null, null, new DataSpec(train.toString(), null, null, null, List.of(), null),
                Map.of(), new ScriptSpec("train.py", tmp.toString(), "python3", null), Resources.local(0), null, null, null);

        List<CheckResult> checks = new LocalLaunchPlanning(null).check(spec);

        assertThat(checks).contains(new CheckResult("requirements", CheckResult.Verdict.PASS,
                "requirements.txt (1 package: matplotlib==3.9.0) is installed with pip into a virtual environment kept for this file "
                        + "(made while the run shows Downloading) before the script starts"));
    }
}
