package dev.sagedeck.domain.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MedianRuleTest {
    /** validation:logloss per round of four configurations of the sample, as their logs recorded them (rounds 0-7). */
    static final double[][] RECORDED = {
            {0.6599, 0.6325, 0.6087, 0.5881, 0.5697, 0.5538, 0.5398, 0.5280},
            {0.6712, 0.6517, 0.6339, 0.6180, 0.6035, 0.5906, 0.5789, 0.5684},
            {0.6473, 0.6090, 0.5768, 0.5502, 0.5279, 0.5092, 0.4935, 0.4806},
            {0.6790, 0.6662, 0.6540, 0.6427, 0.6319, 0.6217, 0.6122, 0.6031},
    };

    @Test
    void aConfigurationWorseThanTheMedianOfTheEarlierOnes_stopsAtTheFirstJudgedRound() {
        List<double[]> earlier = List.of(RECORDED[0], RECORDED[1], RECORDED[2]);
        // the fourth configuration: at round 5 its 0.6217 is worse than the median 0.5538 of the three before it
        var verdict = firstStop(Objective.DEFAULT, RECORDED[3], earlier);
        assertThat(verdict).hasValueSatisfying(v -> {
            assertThat(v.round()).isEqualTo(MedianRule.FIRST_ROUND);
            assertThat(v.median()).isEqualTo(0.5538);
            assertThat(v.compared()).isEqualTo(3);
        });
    }

    @Test
    void aConfigurationBetterThanTheMedian_goesOn_asDoesAnyBeforeEnoughEarlierOnes() {
        assertThat(firstStop(Objective.DEFAULT, RECORDED[2], List.of(RECORDED[0], RECORDED[1], RECORDED[3]))).isEmpty();
        assertThat(firstStop(Objective.DEFAULT, RECORDED[3], List.of(RECORDED[0], RECORDED[1]))).isEmpty();
        // an earlier configuration that has not reached the round yet does not count
        assertThat(firstStop(Objective.DEFAULT, RECORDED[3], List.of(RECORDED[0], RECORDED[1], new double[] {0.6, 0.5}))).isEmpty();
    }

    @Test
    void maximizing_turnsTheComparisonAround() {
        Objective auc = new Objective("validation:auc", Objective.Direction.MAXIMIZE);
        double[][] aucs = {{.80, .81, .82, .83, .84, .85}, {.79, .80, .81, .82, .83, .84}, {.81, .82, .83, .84, .85, .86}};
        assertThat(firstStop(auc, new double[] {.7, .7, .7, .7, .7, .7}, List.of(aucs))).isPresent();
        assertThat(firstStop(auc, new double[] {.9, .9, .9, .9, .9, .9}, List.of(aucs))).isEmpty();
    }

    private static java.util.Optional<MedianRule.Verdict> firstStop(Objective o, double[] history, List<double[]> earlier) {
        for (int r = 0; r < history.length; r++) {
            var v = MedianRule.judge(o, r, history[r], new ArrayList<>(earlier));
            if (v.isPresent()) return v;
        }
        return java.util.Optional.empty();
    }
}
