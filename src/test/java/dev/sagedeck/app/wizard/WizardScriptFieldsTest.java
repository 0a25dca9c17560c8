package dev.sagedeck.app.wizard;

import static dev.sagedeck.app.wizard.WizardFixture.press;
import static dev.sagedeck.app.wizard.WizardFixture.state;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.AppState;
import dev.sagedeck.domain.JobSettings;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.MetricDefinition;
import dev.sagedeck.domain.Ownership;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What launch's flags give a script and the wizard now gives too: metric rules (--metric, one
 * rule for both), XGBoost's five left out for a script that does not take them, and a distribution
 * for the test channel as well as the training one.
 */
class WizardScriptFieldsTest {
    /** SageMaker, a local train and test file, script mode on xgboost: the values as the wizard holds them. */
    private static Map<WizardField, String> script() {
        Map<WizardField, String> v = new EnumMap<>(WizardPrefill.initial(Map.of(), WizardFixture.ROLE));
        v.put(WizardField.WHERE, WizardChoices.SAGEMAKER);
        v.put(WizardField.SOURCE, WizardChoices.FILE);
        v.put(WizardField.TRAIN, "train.csv");
        v.put(WizardField.TEST, "test.csv");
        v.put(WizardField.MODE, WizardChoices.SCRIPT);
        v.put(WizardField.ENTRY_POINT, "train.py");
        v.put(WizardField.OUTPUT, "s3://lesson-bucket/out");
        return v;
    }

    private static LaunchSpec spec(Map<WizardField, String> v) {
        WizardState w = new WizardState(WizardStep.REVIEW, null, v, WizardValidation.errors(v, null), WizardState.Origin.NEW, null,
                false, 0);
        return WizardSpec.of(w, Ownership.of("alice"));
    }

    @Test
    void metricRules_typedInTheParamsStep_reachTheScriptSpec_inTheirOrder() {
        AppState params = press(state(true), "n<Right><Enter><Right><Tab>s3://alice-bucket/train.csv<Enter><Right><Tab>train.py<Enter>").state();
        assertThat(params.wizard().step()).isEqualTo(WizardStep.PARAMS);
        assertThat(WizardSteps.fields(WizardStep.PARAMS, params.wizard().values())).endsWith(WizardField.EXTRA, WizardField.METRICS, WizardField.TUNE);

        Map<WizardField, String> v = script();
        v.put(WizardField.METRICS, "val_acc=val_acc: ([0-9.]+); loss=loss=([0-9.]+)");

        assertThat(WizardValidation.errors(v, null)).doesNotContainKey(WizardField.METRICS);
        assertThat(spec(v).script().metrics()).containsExactly(new MetricDefinition("val_acc", "val_acc: ([0-9.]+)"),
                new MetricDefinition("loss", "loss=([0-9.]+)"));
        assertThat(WizardCommandLine.of(spec(v))).contains("--metric 'val_acc=val_acc: ([0-9.]+)' --metric 'loss=loss=([0-9.]+)'");
    }

    @Test
    void aBadMetricRule_isRefusedWithLaunchsMessage() {
        Map<WizardField, String> v = script();
        v.put(WizardField.METRICS, "loss=loss: ([0-9.]+");
        assertThat(WizardValidation.errors(v, null).get(WizardField.METRICS))
                .isEqualTo("--metric loss: 'loss: ([0-9.]+' is not a regular expression: Unclosed group at index 14");
        v.put(WizardField.METRICS, "loss=loss: [0-9.]+");
        assertThat(WizardValidation.errors(v, null).get(WizardField.METRICS)).contains("needs a group in parentheses around the value");
        v.put(WizardField.METRICS, "a=a: (1); a=b: (2)");
        assertThat(WizardValidation.errors(v, null).get(WizardField.METRICS)).isEqualTo("--metric a is given twice; each metric needs its own name");
    }

    @Test
    void builtInRuns_haveNoMetricsField_andNeedTheirFive() {
        Map<WizardField, String> v = script();
        v.put(WizardField.MODE, WizardChoices.BUILT_IN);
        v.put(WizardField.MAX_DEPTH, "");

        assertThat(WizardSteps.fields(WizardStep.PARAMS, v)).doesNotContain(WizardField.METRICS);
        assertThat(WizardValidation.errors(v, null).get(WizardField.MAX_DEPTH)).startsWith("max_depth must be");
    }

    @Test
    void aScript_mayLeaveXgboostsFiveEmpty_andIsNotGivenThem() {
        Map<WizardField, String> v = script();
        for (WizardField f : new WizardField[] {WizardField.MAX_DEPTH, WizardField.ETA, WizardField.SUBSAMPLE,
                WizardField.COLSAMPLE_BYTREE, WizardField.NUM_ROUND}) {
            v.put(f, "");
        }
        v.put(WizardField.EXTRA, "epochs=10");

        assertThat(WizardValidation.errors(v, null)).isEmpty();
        assertThat(spec(v).hyperParameters()).containsExactly(Map.entry("epochs", "10"));
    }

    @Test
    void severalInstances_offerTheTestChannelsDistributionToo_namedAsTheJobNamesIt() {
        Map<WizardField, String> v = script();
        v.put(WizardField.FRAMEWORK, "xgboost");
        v.put(WizardField.INSTANCE_COUNT, "2");
        assertThat(WizardSteps.fields(WizardStep.RESOURCES, v)).containsSubsequence(WizardField.DATA_DISTRIBUTION, WizardField.TEST_DISTRIBUTION);
        v.put(WizardField.TEST_DISTRIBUTION, JobSettings.SHARDED);

        assertThat(spec(v).settings().distribution()).containsExactly(Map.entry("test", JobSettings.SHARDED));
        v.put(WizardField.MODE, WizardChoices.BUILT_IN);
        assertThat(spec(v).settings().distribution()).as("built-in XGBoost's test file is its validation channel")
                .containsExactly(Map.entry("validation", JobSettings.SHARDED));
        v.put(WizardField.TEST, "");
        assertThat(WizardSteps.fields(WizardStep.RESOURCES, v)).as("no test file, no test channel").doesNotContain(WizardField.TEST_DISTRIBUTION);
        v.put(WizardField.INSTANCE_COUNT, "1");
        v.put(WizardField.TEST, "test.csv");
        assertThat(WizardSteps.fields(WizardStep.RESOURCES, v)).doesNotContain(WizardField.TEST_DISTRIBUTION);
    }
}
