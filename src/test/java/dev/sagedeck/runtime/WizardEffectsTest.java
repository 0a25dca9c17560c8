package dev.sagedeck.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.Effect;
import dev.sagedeck.app.Msg;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.LaunchPlanning;
import dev.sagedeck.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's effects as the runtime performs them: plans, remembered values. */
class WizardEffectsTest {
    static final LaunchSpec SM = new LaunchSpec(Backend.SAGEMAKER, null, "alice", DataSpec.sample("titanic"), Map.of("max_depth", "3"),
            null, new Resources("ml.m5.large", 1, 30, 3600, false, 0), "arn:aws:iam::123456789012:role/R", "s3://b/out", "1.7-1");

    private static EffectRunner runner(Path dir, LaunchPlanning planning) {
        return new EffectRunner(null, new Services(planning, null, null), null,
                new Stores(dir, new dev.sagedeck.config.SettingsFile(dir.resolve("config.properties")), new dev.sagedeck.config.PhaseHistoryFile(dir)),
                new MutableClock(Instant.parse("2026-11-26T12:00:00Z")), new Busy(), m -> {});
    }

    @Test
    void noPlannerWired_theReviewSaysChecksCannotRun(@TempDir Path dir) {
        Msg m = runner(dir, null).perform(new Effect.PlanLaunch(SM));
        assertThat(m).isInstanceOf(Msg.LaunchPlanFailed.class);
        assertThat(((Msg.LaunchPlanFailed) m).message()).contains("not available in this build");
    }

    @Test
    void aRequestThatCannotBeBuilt_isAFailingCheck_soSubmitIsBlocked(@TempDir Path dir) {
        LaunchPlanning refusing = new LaunchPlanning() {
            public String dryRun(LaunchSpec spec) {
                throw new BackendException(BackendException.Kind.INVALID, "role is not an ARN");
            }

            public List<CheckResult> check(LaunchSpec spec) {
                return List.of(new CheckResult("spot", CheckResult.Verdict.PASS, "off"));
            }
        };
        Msg.LaunchPlanned m = (Msg.LaunchPlanned) runner(dir, refusing).perform(new Effect.PlanLaunch(SM));
        assertThat(m.request()).isNull();
        assertThat(m.checks()).extracting(CheckResult::verdict).containsExactly(CheckResult.Verdict.FAIL, CheckResult.Verdict.PASS);
        assertThat(m.checks().get(0).detail()).isEqualTo("role is not an ARN");
    }

    @Test
    void localPlan_failsAMissingTrainingFile_byItsPath(@TempDir Path dir) {
        LaunchSpec local = new LaunchSpec(Backend.LOCAL, null, "alice", new DataSpec(dir.resolve("nope.csv").toString(), null, "titanic",
                null, List.of(), null), Map.of(), null, Resources.local(0), null, null, null);
        Msg.LaunchPlanned m = (Msg.LaunchPlanned) runner(dir, null).perform(new Effect.PlanLaunch(local));
        assertThat(m.checks()).singleElement().satisfies(c -> {
            assertThat(c.verdict()).isEqualTo(CheckResult.Verdict.FAIL);
            assertThat(c.detail()).isEqualTo(dir.resolve("nope.csv").toAbsolutePath() + ": no such file");
        });
    }

    @Test
    void rememberedValues_surviveARestart_andADamagedFileForgetsQuietly(@TempDir Path dir) throws Exception {
        assertThat(runner(dir, null).perform(new Effect.SaveWizardValues(Map.of("max_depth", "5", "where", "local"))))
                .isEqualTo(new Msg.WizardValuesSaved(null));
        assertThat(WizardMemoryFile.read(dir)).containsEntry("max_depth", "5").containsEntry("where", "local");
        Files.writeString(dir.resolve(WizardMemoryFile.NAME), "{not json");
        assertThat(WizardMemoryFile.read(dir)).isEmpty();
    }
}
