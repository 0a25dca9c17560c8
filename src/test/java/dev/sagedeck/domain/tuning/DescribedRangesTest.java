package dev.sagedeck.domain.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A described search's ranges read back: the tuning view's columns and plot axes, describe's column names. */
class DescribedRangesTest {
    @Test
    void rangesAsATuningJobHoldsThem_readBack_withTheirScaling_andTheNamesAsWritten() {
        List<ParameterRange> r = RangeSyntax.described(List.of("--range max_depth=3:9", "--range learning_rate=0.01:0.3:log",
                "--values booster=gbtree,dart"));

        assertThat(r).extracting(ParameterRange::name).containsExactly("max_depth", "learning_rate", "booster");
        assertThat(r.get(0)).isEqualTo(new ParameterRange.IntegerRange("max_depth", 3, 9, Scaling.AUTO));
        assertThat(r.get(1)).isEqualTo(new ParameterRange.ContinuousRange("learning_rate", 0.01, 0.3, Scaling.LOGARITHMIC));
        assertThat(r.get(2)).isEqualTo(new ParameterRange.CategoricalValues("booster", List.of("gbtree", "dart")));
    }

    @Test
    void aRangeThatDoesNotReadBack_keepsItsName_withNoValues() {
        List<ParameterRange> r = RangeSyntax.described(List.of("--range max_depth=2.5:9", "--values only=one"));

        assertThat(r).containsExactly(new ParameterRange.CategoricalValues("max_depth", List.of()),
                new ParameterRange.CategoricalValues("only", List.of()));
    }
}
