package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.testing.InMemoryTrainingJobs;
import dev.sagedeck.testing.ScreenHarness;
import dev.sagedeck.testing.ScriptedLaunchPlanning;
import org.junit.jupiter.api.Test;

/** A SageMaker job's own budget, typed in the wizard: launched with it, shown as the command line's --budget. */
class WizardBudgetTest {
    private static final String TO_OUTPUT = "n<Right><Enter><Right><Tab>s3://alice-bucket/train.csv<Enter><Enter><Enter><Tab><Tab><Tab><Tab><Tab>";

    @Test
    void aBudgetTypedInTheResourcesStep_goesWithTheLaunch_andTheReviewShowsIt() {
        InMemoryTrainingJobs b = WizardScreenTest.backend();
        try (ScreenHarness h = ScreenHarness.start(120, 35, b, WizardScreenTest.session(), new ScriptedLaunchPlanning())) {
            h.press(TO_OUTPUT + "s3://alice-bucket/out<Tab><Tab>7.5<Enter>");
            assertThat(h.flat()).as(h.text()).contains("--budget 7.50");
            h.press("<Enter>");

            assertThat(b.launches()).singleElement().satisfies(spec -> assertThat(spec.budgetUsd()).isEqualTo(7.5));
        }
    }

    @Test
    void aBudgetThatIsNotAnAmount_isRefusedAtTheField() {
        try (ScreenHarness h = ScreenHarness.start(120, 35, WizardScreenTest.backend(), WizardScreenTest.session(), new ScriptedLaunchPlanning())) {
            h.press(TO_OUTPUT + "s3://alice-bucket/out<Tab><Tab>lots");

            assertThat(h.flat()).contains("! budget must be an amount in US dollars above 0, e.g. 5.00; got lots");
        }
    }
}
