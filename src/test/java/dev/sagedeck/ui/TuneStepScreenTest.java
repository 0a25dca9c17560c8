package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.tuning.SearchStrategy;
import dev.sagedeck.domain.tuning.TuningLaunch;
import dev.sagedeck.runtime.Services;
import dev.sagedeck.testing.Golden;
import dev.sagedeck.testing.InMemoryTrainingJobs;
import dev.sagedeck.testing.ScreenHarness;
import dev.sagedeck.testing.ScriptedLaunchPlanning;
import dev.sagedeck.testing.ScriptedTuningJobs;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wizard's tune step on the virtual terminal, local and SageMaker, to the review and Submit:
 * keys pressed, idle awaited, the grid read; golden screens at 80x24 and 200x50.
 */
class TuneStepScreenTest {
    static final String SEARCH_ON = "<Tab><Tab><Tab><Tab><Tab><Tab><Right>";

    private static Services services(ScriptedTuningJobs local, ScriptedTuningJobs managed) {
        return new Services(new ScriptedLaunchPlanning(), null, null).withSearches(List.of(local, managed));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void localSearch_throughTheTuneStep_toAReviewOfItsConfigurations_andOneSubmit(int cols, int rows) {
        InMemoryTrainingJobs b = WizardScreenTest.backend();
        ScriptedTuningJobs local = new ScriptedTuningJobs(Backend.LOCAL);
        ScriptedTuningJobs managed = new ScriptedTuningJobs(Backend.SAGEMAKER);
        try (ScreenHarness h = ScreenHarness.start(cols, rows, b, WizardScreenTest.session(), services(local, managed))) {
            h.press("n<Enter><Enter><Enter>" + SEARCH_ON);
            assertThat(h.flat()).contains("yes: search them (ranges on the next step)");
            h.press("<Enter>");
            assertThat(h.text()).contains("step 5 of 6: Search hyperparameters");
            assertThat(h.flat()).contains("3:9").contains("(fixed: 0.8)").contains("random: values drawn at random");
            Golden.assertMatches("Wizard/tune-local-step-" + cols + "x" + rows, h.snapshot());
            h.press("<Enter>");
            assertThat(h.flat()).contains("A local random search of 10 configurations on this machine (free)").contains("[ Submit ]");
            assertThat(h.state().wizard().plan().preview().wallHow()).contains("measured on alice-xgb-20261126-113000 (local)");
            Golden.assertMatches("Wizard/tune-local-review-" + cols + "x" + rows, h.snapshot());
            StringBuilder below = new StringBuilder(h.flat());
            for (int page = 0; page < 6; page++) {
                below.append(h.press("<PageDown>").flat());
            }
            assertThat(below.toString()).contains("Configurations (searched values):").contains("1 max_depth=").contains("10 max_depth=")
                    .contains("sagedeck tune --local --sample titanic --range max_depth=3:9 --range eta=0.01:0.3:log --strategy random");
            assertThat(local.launches()).isEmpty();
            h.press("<Enter>");
            assertThat(local.launches()).singleElement().satisfies(l -> {
                assertThat(l.plan().strategy()).isEqualTo(SearchStrategy.RANDOM);
                assertThat(l.plan().ranges()).extracting(r -> r.text()).containsExactly("max_depth=3:9", "eta=0.01:0.3:log");
                assertThat(l.base().data().sample()).isEqualTo("titanic");
            });
            assertThat(b.launches()).as("a search, not a run").isEmpty();
            assertThat(h.state().view()).isEqualTo(View.LIST);
            assertThat(h.text()).contains("Started the search alice-tune-1");
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void sageMakerSearch_reviewShowsTheRequestItsCeilingAndWallTime_andSubmitsOneTuningJob(int cols, int rows) {
        InMemoryTrainingJobs b = WizardScreenTest.backend();
        ScriptedTuningJobs local = new ScriptedTuningJobs(Backend.LOCAL);
        ScriptedTuningJobs managed = new ScriptedTuningJobs(Backend.SAGEMAKER);
        try (ScreenHarness h = ScreenHarness.start(cols, rows, b, WizardScreenTest.session(), services(local, managed))) {
            h.press("n<Right><Enter><Enter><Enter>" + SEARCH_ON + "<Enter>");
            assertThat(h.text()).contains("Search hyperparameters");
            h.press("<Tab><Tab><Tab><Tab><Tab><Tab><Left>"); // strategy: random -> bayesian
            assertThat(h.flat()).contains("Bayesian: SageMaker picks each next configuration");
            Golden.assertMatches("Wizard/tune-sm-step-" + cols + "x" + rows, h.snapshot());
            h.press("<Enter><Tab><Tab><Tab><Tab><Tab>s3://alice-bucket/out<Enter>");
            assertThat(h.flat()).contains("A SageMaker tuning job: bayesian search, 10 training jobs, 2 at once").contains("$1.15 at most");
            assertThat(h.state().wizard().plan().preview().wallHow())
                    .isEqualTo("ceil(10 jobs / 2 at once) x 200 s per job (measured on alice-xgb-20261126-113000 (local)"
                            + " plus 180 s of SageMaker's start-up (instances, image and data download))");
            Golden.assertMatches("Wizard/tune-sm-review-" + cols + "x" + rows, h.snapshot());
            StringBuilder all = new StringBuilder(h.flat());
            for (int page = 0; page < 6; page++) {
                all.append(h.press("<PageDown>").flat());
            }
            assertThat(all.toString()).contains("CreateHyperParameterTuningJob request").contains("sagedeck tune --sample titanic --range max_depth=3:9");
            h.press("<Enter>");
            TuningLaunch started = managed.launches().get(0);
            assertThat(managed.launches()).hasSize(1);
            assertThat(started.base().name()).as("the name the review showed").isEqualTo("alice-tune-1126-120000");
            assertThat(started.plan().strategy()).isEqualTo(SearchStrategy.BAYESIAN);
            assertThat(started.base().outputPath()).isEqualTo("s3://alice-bucket/out");
            assertThat(h.text()).contains("Created the tuning job alice-tune-1126-120000");
        }
    }
}
