package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.Jobs;
import dev.sagedeck.app.Session;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.Channel;
import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.CheckResult.Verdict;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.testing.Golden;
import dev.sagedeck.testing.InMemoryTrainingJobs;
import dev.sagedeck.testing.ScreenHarness;
import dev.sagedeck.testing.ScriptedLaunchPlanning;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The launch wizard as a user sees it, every step on both paths, at 60x20, 80x24 and 200x50, with golden screens. */
class WizardScreenTest {
    static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
    static final String CLEAR = "<BS>".repeat(20);

    static Session session() {
        return ScreenHarness.session("alice", false).withDefaultRole(ROLE);
    }

    static TrainingJob localRun() {
        return Jobs.local("alice-xgb-20261126-113000", "alice", JobStatus.COMPLETED, ScreenHarness.T0.minusSeconds(1800)).toBuilder()
                .hyperParameters(Map.of("max_depth", "3", "eta", "0.1", "subsample", "0.8", "colsample_bytree", "0.8", "num_round", "100"))
                .channels(List.of(new Channel("train", "sample:titanic", "text/csv", "FullyReplicated"),
                        new Channel("test", "sample:titanic", "text/csv", "FullyReplicated")))
                .finalMetrics(List.of(new Metric("validation:logloss", 0.43), new Metric("test:accuracy", 0.8146)))
                .build();
    }

    static InMemoryTrainingJobs backend() {
        InMemoryTrainingJobs b = new InMemoryTrainingJobs(Backend.LOCAL, Ownership.of("alice"));
        b.put(localRun());
        b.put(Jobs.sagemaker("alice-xgb-20261126-110000", "alice", JobStatus.COMPLETED, "Completed", ScreenHarness.T0.minusSeconds(3600))
                .toBuilder().roleArn(ROLE).outputPath("s3://alice-bucket/out")
                .image("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1")
                .channels(List.of(new Channel("train", "s3://alice-bucket/titanic/train.csv", "text/csv", "FullyReplicated")))
                .build());
        return b.acceptLaunches();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void localPath_everyStep_thenSubmitStartsExactlyOneRun_andFollowsIt(int cols, int rows) {
        InMemoryTrainingJobs b = backend();
        try (ScreenHarness h = ScreenHarness.start(cols, rows, b, session(), new ScriptedLaunchPlanning())) {
            h.press("n");
            assertThat(h.text()).contains("New run - step 1 of 5: Where it runs").contains("local (this machine, free)");
            Golden.assertMatches("Wizard/local-1-where-" + cols + "x" + rows, h.snapshot());
            h.press("<Enter>");
            assertThat(h.flat()).contains("Bundled Titanic sample: 713 training rows");
            Golden.assertMatches("Wizard/local-2-data-" + cols + "x" + rows, h.snapshot());
            h.press("<Enter>");
            assertThat(h.text()).contains("built-in XGBoost");
            Golden.assertMatches("Wizard/local-3-run-" + cols + "x" + rows, h.snapshot());
            h.press("<Enter>");
            assertThat(h.text()).contains("max_depth").contains("colsample_bytree").contains("num_round").contains("Extra params");
            assertThat(h.flat()).contains("Maximum depth of each tree");
            Golden.assertMatches("Wizard/local-4-params-" + cols + "x" + rows, h.snapshot());
            h.press(CLEAR + "0");
            assertThat(h.flat()).contains("! max_depth must be a whole number in [1, 30]; got 0");
            Golden.assertMatches("Wizard/local-4-params-invalid-" + cols + "x" + rows, h.snapshot());
            h.press(CLEAR + "5<Enter>");
            // at 60x20 the command line is below the fold (the review says so); Submit stays pinned
            assertThat(h.flat()).contains(cols >= 80 ? "sagedeck train --sample titanic --hp max_depth=5 --hp eta=0.1" : "(more below: Down / PageDown)")
                    .contains("free (this machine)").contains("owner=alice").contains("PASS data: bundled sample titanic")
                    .contains("[ Submit ] Enter submits");
            Golden.assertMatches("Wizard/local-5-review-" + cols + "x" + rows, h.snapshot());
            assertThat(b.launches()).isEmpty();
            h.press("<Enter>");
            assertThat(b.launches()).singleElement().satisfies(spec -> {
                assertThat(spec.backend()).isEqualTo(Backend.LOCAL);
                assertThat(spec.hyperParameters()).containsEntry("max_depth", "5");
                assertThat(spec.data().sample()).isEqualTo("titanic");
            });
            assertThat(h.state().view()).isEqualTo(View.JOB);
            assertThat(h.state().list().selected()).isEqualTo("alice-run-1");
            assertThat(h.text()).contains("Started alice-run-1");
            assertThat(h.stateDir().resolve("wizard-last.json")).content().contains("\"max_depth\" : \"5\"");
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void aValueTooLongForItsRow_continuesUnderTheValue_notUnderTheLabel(int cols, int rows) {
        try (ScreenHarness h = ScreenHarness.start(cols, rows, backend(), session(), new ScriptedLaunchPlanning())) {
            h.press("n<Enter><Right><Right>"); // Data: the bundled sample -> a file -> the long demo
            assertThat(h.flat()).contains("long demo: the Titanic sample");
            Golden.assertMatches("Wizard/local-2-data-long-demo-" + cols + "x" + rows, h.snapshot());
            int row = 0;
            while (!h.line(row).contains("> Data")) {
                row++;
            }
            if (cols >= 200) {
                assertThat(h.line(row)).as("room enough: one row").contains("(to practise stopping) >");
                return;
            }
            int value = h.line(row).indexOf("< long demo");
            String next = h.line(row + 1);
            assertThat(next.substring(1, value)).as("nothing under the label").isBlank();
            assertThat(next.charAt(value)).as("the value goes on in its own column: " + next).isNotEqualTo(' ');
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void sageMakerPath_showsResourcesAndTheExactRequest_thenSubmitsOneLaunch(int cols, int rows) {
        InMemoryTrainingJobs b = backend();
        ScriptedLaunchPlanning planner = new ScriptedLaunchPlanning().checks(
                new CheckResult("role", Verdict.PASS, "SageMakerRole can be assumed by sagemaker.amazonaws.com"),
                new CheckResult("data size", Verdict.WARN, "could not check s3://alice-bucket/titanic/train.csv: access denied"));
        try (ScreenHarness h = ScreenHarness.start(cols, rows, b, session(), planner)) {
            h.press("n<Right>");
            assertThat(h.flat()).contains("SageMaker (managed instances, billed)");
            Golden.assertMatches("Wizard/sm-1-where-" + cols + "x" + rows, h.snapshot());
            h.press("<Enter><Right><Tab>s3://alice-bucket/titanic/train.csv");
            Golden.assertMatches("Wizard/sm-2-data-" + cols + "x" + rows, h.snapshot());
            h.press("<Enter><Right><Tab>train.py<Tab>src<Down>"); // Down: next field (Tab would complete src to src/)
            assertThat(h.text()).contains("script mode").contains("xgboost");
            Golden.assertMatches("Wizard/sm-3-run-" + cols + "x" + rows, h.snapshot());
            h.press("<S-Tab><S-Tab><S-Tab><Left><Enter><Enter>");
            assertThat(h.state().wizard().step()).isEqualTo(dev.sagedeck.app.wizard.WizardStep.RESOURCES);
            assertThat(h.flat()).contains("2 vCPU, 8 GiB, $0.115/h").contains("More than one instance rarely pays below 50 GB");
            h.press("<Tab><Tab><Tab><Tab><Tab>s3://alice-bucket/out");
            Golden.assertMatches("Wizard/sm-5-resources-" + cols + "x" + rows, h.snapshot());
            h.press("<Enter>");
            assertThat(h.flat()).contains("$0.115/h x 1 x 1h 00m = $0.12 at most");
            assertThat(h.flat() + h.press("<PageDown>").flat()).contains("PASS role: SageMakerRole can be assumed").contains("WARN data size: could not check");
            h.press("<PageUp><PageUp>");
            Golden.assertMatches("Wizard/sm-6-review-" + cols + "x" + rows, h.snapshot());
            String top = h.flat();
            h.press("<PageDown>");
            top += h.flat();
            h.press("<PageDown>");
            top += h.flat();
            h.press("<PageDown>");
            // pages of a narrow screen split the command line: there each part is checked on its own
            String all = top + h.flat();
            assertThat(all).contains("sagedeck launch --train s3://alice-bucket/titanic/train.csv").contains("--instance-count 1")
                    .contains("--max-runtime 3600").contains("CreateTrainingJob request (dry run").contains("\"MaxRuntimeInSeconds\": 3600");
            if (cols >= 80) {
                assertThat(all).contains("sagedeck launch --train s3://alice-bucket/titanic/train.csv --preset titanic")
                        .contains("--instance-type ml.m5.large --instance-count 1 --max-runtime 3600");
            }
            h.press("<Enter>");
            assertThat(b.launches()).singleElement().satisfies(spec -> {
                assertThat(spec.backend()).isEqualTo(Backend.SAGEMAKER);
                assertThat(spec.data().train()).isEqualTo("s3://alice-bucket/titanic/train.csv");
                assertThat(spec.script()).isNull();
                assertThat(spec.roleArn()).isEqualTo(ROLE);
                assertThat(spec.outputPath()).isEqualTo("s3://alice-bucket/out");
                assertThat(spec.imageVersion()).isEqualTo("1.7-1");
            });
            assertThat(planner.planned()).extracting(LaunchSpec::backend).containsOnly(Backend.SAGEMAKER);
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void aFailingPreSubmitCheck_blocksSubmit_withTheReasonShown(int cols, int rows) {
        InMemoryTrainingJobs b = backend();
        ScriptedLaunchPlanning planner = new ScriptedLaunchPlanning().checks(
                new CheckResult("role", Verdict.FAIL, "role SageMakerRole does not exist in account 123456789012"));
        try (ScreenHarness h = ScreenHarness.start(cols, rows, b, session(), planner)) {
            h.press("n<Right><Enter><Right><Tab>s3://alice-bucket/train.csv<Enter><Enter><Enter><Tab><Tab><Tab><Tab><Tab>s3://alice-bucket/out<Enter>");
            assertThat(h.flat()).contains("Submit is blocked: role: role SageMakerRole does not exist");
            Golden.assertMatches("Wizard/sm-review-blocked-" + cols + "x" + rows, h.snapshot());
            h.press("<Enter>");
            assertThat(b.launches()).isEmpty();
            assertThat(h.state().wizard()).isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void clone_opensOnTheHyperparameters_andTheReviewShowsWhatDiffers(int cols, int rows) {
        InMemoryTrainingJobs b = backend();
        try (ScreenHarness h = ScreenHarness.start(cols, rows, b, session(), new ScriptedLaunchPlanning())) {
            h.press("C");
            assertThat(h.text()).contains(cols >= 80 ? "Clone of alice-xgb-20261126-113000" : "Clone of alice-…-113000").contains("step 4 of 5: Hyperparameters");
            h.press(CLEAR + "5<Enter>");
            assertThat(h.flat()).contains("Changes from alice-xgb-20261126-113000:").contains("max_depth 3 -> 5");
            Golden.assertMatches("Wizard/clone-review-" + cols + "x" + rows, h.snapshot());
            h.press("<Enter>");
            assertThat(b.launches()).singleElement().satisfies(spec -> {
                assertThat(spec.hyperParameters()).containsEntry("max_depth", "5").containsEntry("eta", "0.1");
                assertThat(spec.data().sample()).isEqualTo("titanic");
            });
        }
    }

    @org.junit.jupiter.api.Test
    void typingIntoAnUntouchedPrefilledField_replacesIt_whileBackspaceAndArrowsEditIt() {
        InMemoryTrainingJobs b = backend();
        try (ScreenHarness h = ScreenHarness.start(80, 24, b, session(), new ScriptedLaunchPlanning())) {
            h.press("C");
            assertThat(h.text()).contains("> max_depth         [3_]");
            // shown selected, as a form shows a value typing would replace
            int x = h.line(h.row("> max_depth")).indexOf("[3") + 1;
            assertThat(dev.sagedeck.app.view.ScreenPainter.paint(h.state()).roleAt(x, h.row("> max_depth")))
                    .isEqualTo(dev.sagedeck.app.view.Role.SELECTED);
            h.press("5");
            assertThat(h.text()).contains("> max_depth         [5_]").doesNotContain("[35_]");
            h.press("<Tab><BS>2"); // Backspace keeps the value and edits it: 0.1 -> 0.2
            assertThat(h.text()).contains("> eta               [0.2_]");
            h.press("<Tab><Left>9"); // so does an arrow: 0.8 -> 0.98, the cursor on the 8
            assertThat(h.text()).contains("> subsample         [0.98]");
            h.press("<Enter>");
            assertThat(h.flat()).contains("max_depth 3 -> 5").contains("eta 0.1 -> 0.2").contains("subsample 0.8 -> 0.98");
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void promote_opensAFinishedLocalRunAsASageMakerLaunch(int cols, int rows) {
        InMemoryTrainingJobs b = backend();
        try (ScreenHarness h = ScreenHarness.start(cols, rows, b, session(), new ScriptedLaunchPlanning())) {
            h.press("P");
            assertThat(h.text()).contains(cols >= 80 ? "alice-xgb-20261126-113000 on SageMaker" : "on SageMaker").contains("step 5 of 6: SageMaker resources");
            Golden.assertMatches("Wizard/promote-resources-" + cols + "x" + rows, h.snapshot());
            h.press("<Tab><Tab><Tab><Tab><Tab>s3://alice-bucket/out<Enter>");
            // the bundled sample goes to SageMaker too: it is prepared and uploaded like a local CSV
            assertThat(h.state().wizard().step()).isEqualTo(dev.sagedeck.app.wizard.WizardStep.REVIEW);
            assertThat(h.flat() + h.press("<PageDown>").flat()).contains("where local -> SageMaker");
            h.press("<PageUp><PageUp>");
            Golden.assertMatches("Wizard/promote-review-" + cols + "x" + rows, h.snapshot());
            while (h.state().wizard() != null) {
                h.press("<Esc>");
            }
            h.press("jP");
            assertThat(h.flat()).contains("is not a local run");
        }
    }
}
