package dev.sagedeck.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HyperParameterRulesTest {

    @Test
    void badValues_getTheParameterTheRangeAndWhatWasGiven() {
        assertThat(HyperParameterRules.problem("eta", "0")).hasValue("eta must be a number in (0, 1]; got 0");
        assertThat(HyperParameterRules.problem("subsample", "1.5")).hasValue("subsample must be a number in (0, 1]; got 1.5");
        assertThat(HyperParameterRules.problem("max_depth", "-1")).hasValue("max_depth must be a whole number in [1, 30]; got -1");
        assertThat(HyperParameterRules.problem("num_round", "abc")).hasValue("num_round must be a whole number in [1, 1000000]; got abc");
        assertThat(HyperParameterRules.problem("colsample_bytree", "NaN")).hasValue("colsample_bytree must be a number in (0, 1]; got NaN");
        assertThat(HyperParameterRules.problem("learning_rate", "2")).hasValue("eta must be a number in (0, 1]; got 2");
        assertThat(HyperParameterRules.problem("max_depth", "3.5")).isPresent();
        assertThat(HyperParameterRules.problem("num_round", "")).hasValue("num_round must be a whole number in [1, 1000000]; got nothing");
        assertThat(HyperParameterRules.problem("objective", "binary:logistc")).get().asString()
                .startsWith("objective must be one of binary:logistic, ");
        assertThat(HyperParameterRules.problem("eval_metric", "logloss,acc")).isPresent();
        assertThat(HyperParameterRules.problem("nthread", "0")).hasValue("nthread must be a whole number in [1, 1024]; got 0");
    }

    @Test
    void goodValues_passIncludingBoundaries() {
        for (String[] ok : new String[][] {{"eta", "1"}, {"eta", "1e-3"}, {"subsample", "0.8"}, {"max_depth", "30"},
                {"max_depth", "1"}, {"num_round", "100"}, {"eval_metric", "auc, logloss"}, {"eval_metric", "error@0.6"},
                {"seed", "0"}, {"objective", "multi:softprob"}, {"gamma", "-5"}}) {
            assertThat(HyperParameterRules.problem(ok[0], ok[1])).as(ok[0] + "=" + ok[1]).isEmpty();
        }
    }

    @Test
    void validate_fillsXgboostDefaults() {
        HyperParameters hp = HyperParameterRules.validate(Map.of());
        assertThat(hp.maxDepth()).isEqualTo(6);
        assertThat(hp.eta()).isEqualTo(0.3);
        assertThat(hp.subsample()).isEqualTo(1.0);
        assertThat(hp.colsampleBytree()).isEqualTo(1.0);
        assertThat(hp.numRound()).isEqualTo(100);
        assertThat(hp.treeMethod()).isEqualTo("hist");
        assertThat(hp.objective()).isNull();
        assertThat(hp.seed()).isNull();
        assertThat(hp.warnings()).isEmpty();
    }

    @Test
    void validate_readsTheLessonsValuesAndPassesOtherKeysThrough() {
        Map<String, String> given = new LinkedHashMap<>(HyperParameterRules.lessonValues());
        given.put("gamma", "0.5");
        given.put("eval_metric", "logloss,auc");
        HyperParameters hp = HyperParameterRules.validate(given);
        assertThat(hp.maxDepth()).isEqualTo(3);
        assertThat(hp.eta()).isEqualTo(0.1);
        assertThat(hp.subsample()).isEqualTo(0.8);
        assertThat(hp.colsampleBytree()).isEqualTo(0.8);
        assertThat(hp.numRound()).isEqualTo(100);
        assertThat(hp.evalMetrics()).containsExactly("logloss", "auc");
        assertThat(hp.passThrough()).containsExactly(Map.entry("gamma", "0.5"));
    }

    @Test
    void validate_listsEveryProblemAtOnce() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("eta", "0");
        given.put("subsample", "1.5");
        given.put("max_depth", "-1");
        given.put("num_round", "abc");
        assertThatThrownBy(() -> HyperParameterRules.validate(given))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eta must be a number in (0, 1]; got 0")
                .hasMessageContaining("subsample must be a number in (0, 1]; got 1.5")
                .hasMessageContaining("max_depth must be a whole number in [1, 30]; got -1")
                .hasMessageContaining("num_round must be a whole number in [1, 1000000]; got abc");
    }

    @Test
    void etaAndLearningRateTogether_isAnError() {
        assertThatThrownBy(() -> HyperParameterRules.validate(Map.of("eta", "0.1", "learning_rate", "0.2")))
                .hasMessageContaining("eta is given twice");
    }

    @Test
    void misspelledName_warnsWithTheLikelyName() {
        HyperParameters hp = HyperParameterRules.validate(Map.of("max_detph", "3"));
        assertThat(hp.warnings()).containsExactly(
                "unknown parameter 'max_detph' is passed to XGBoost unchanged, and XGBoost ignores names it does not know. Did you mean max_depth?");
        assertThat(hp.passThrough()).containsEntry("max_detph", "3");
        assertThat(HyperParameterRules.validate(Map.of("zzz_unrelated", "1")).warnings().get(0)).doesNotContain("Did you mean");
    }

    @Test
    void rules_describeEachFieldForAForm() {
        assertThat(HyperParameterRules.rules()).extracting(HyperParameterRules.Rule::name)
                .startsWith("max_depth", "eta", "subsample", "colsample_bytree", "num_round");
        assertThat(HyperParameterRules.rule("learning_rate")).hasValueSatisfying(r -> assertThat(r.defaultValue()).isEqualTo("0.3"));
        assertThat(HyperParameterRules.lessonValues()).containsExactly(Map.entry("max_depth", "3"), Map.entry("eta", "0.1"),
                Map.entry("subsample", "0.8"), Map.entry("colsample_bytree", "0.8"), Map.entry("num_round", "100"));
        assertThat(List.copyOf(HyperParameterRules.OBJECTIVES)).contains("binary:logistic", "multi:softprob", "reg:squarederror");
    }
}
