package dev.sagedeck.app.wizard;

import static dev.sagedeck.app.wizard.WizardFixture.press;
import static dev.sagedeck.app.wizard.WizardFixture.send;
import static dev.sagedeck.app.wizard.WizardFixture.state;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.Effect;
import dev.sagedeck.app.Jobs;
import dev.sagedeck.app.Msg;
import dev.sagedeck.app.Next;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.TrainingJob;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Instance count 1,2 in the wizard: one job per count, both marked, and the comparison opens on them. */
class ExperimentFromTheWizardTest {
    private static AppState onReview(String counts) {
        AppState s = press(state(true), "n").state();
        WizardState w = s.wizard();
        Map<WizardField, String> v = new EnumMap<>(w.values());
        v.put(WizardField.WHERE, WizardChoices.SAGEMAKER);
        v.put(WizardField.OUTPUT, "s3://lesson-bucket/out");
        v.put(WizardField.INSTANCE_COUNT, counts);
        w = w.withValues(v, WizardValidation.errors(v, null)).withStep(WizardStep.REVIEW, null);
        LaunchSpec spec = WizardSpec.of(w, s.session().ownership());
        String request = "{\n  \"TrainingJobName\" : \"alice-xgboost-20261126-120000-ab12\"\n}";
        return send(s.withWizard(w.withPlan(new WizardState.Plan(spec, false, request, List.of(), null))), new Msg.Tick(WizardFixture.T0)).state();
    }

    @Test
    void countsOneAndTwo_submitStartsOneJobPerCount_namedWithTheCount() {
        AppState review = onReview("1,2");
        assertThat(review.wizard().errors()).doesNotContainKey(WizardField.INSTANCE_COUNT);

        Next submit = press(review, "<Enter>");

        Effect.LaunchExperiment e = (Effect.LaunchExperiment) submit.effects().stream().filter(x -> x instanceof Effect.LaunchExperiment)
                .findFirst().orElseThrow(() -> new AssertionError(submit.state().flash() + " " + submit.effects()));
        assertThat(e.specs()).extracting(LaunchSpec::name)
                .containsExactly("alice-xgboost-20261126-120000-ab12-x1", "alice-xgboost-20261126-120000-ab12-x2");
        assertThat(e.specs()).extracting(x -> x.resources().instanceCount()).containsExactly(1, 2);
        assertThat(submit.effects()).noneMatch(x -> x instanceof Effect.Launch);
        assertThat(WizardCommandLine.of(e.specs().get(0), List.of(1, 2))).as("the review's shell line is the experiment")
                .contains("--instance-count 1,2");
    }

    @Test
    void whenBothHaveStarted_theyAreMarked_andTheComparisonOpensOnThem() {
        AppState submitted = press(onReview("1,2"), "<Enter>").state();
        TrainingJob one = Jobs.sagemaker("alice-xgboost-20261126-120000-ab12-x1", "alice", JobStatus.IN_PROGRESS, "Starting", WizardFixture.T0);
        TrainingJob two = Jobs.sagemaker("alice-xgboost-20261126-120000-ab12-x2", "alice", JobStatus.IN_PROGRESS, "Starting", WizardFixture.T0);

        Next n = send(submitted, new Msg.ExperimentLaunched(List.of(one, two), null));

        assertThat(n.state().wizard()).isNull();
        assertThat(n.state().view()).isEqualTo(View.COMPARE);
        assertThat(n.state().compare().marked()).containsExactly(one.name(), two.name());
        assertThat(n.effects()).filteredOn(x -> x instanceof Effect.DescribeJob).hasSize(2);
    }

    @Test
    void aCountTwice_orSixCounts_isRefusedAtTheField() {
        assertThat(onReview("2,2").wizard().errors().get(WizardField.INSTANCE_COUNT)).startsWith("give each count once");
        assertThat(onReview("1,2,3,4,5,6").wizard().errors().get(WizardField.INSTANCE_COUNT)).startsWith("give each count once, at most five");
        assertThat(onReview("1;2").wizard().errors().get(WizardField.INSTANCE_COUNT)).startsWith("instance count must be a whole number");
    }
}
