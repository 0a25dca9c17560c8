package dev.sagedeck.domain.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationsTest {

    @Test
    void grid_stepsThroughEveryCombination_firstRangeSlowest() {
        TuningPlan p = TuningRulesTest.plan(List.of(RangeSyntax.range("max_depth=3:4"), RangeSyntax.values("booster=gbtree,dart")),
                Map.of(), SearchStrategy.GRID, 10, 1);
        assertThat(Configurations.of(p)).containsExactly(
                Map.of("max_depth", "3", "booster", "gbtree"), Map.of("max_depth", "3", "booster", "dart"),
                Map.of("max_depth", "4", "booster", "gbtree"), Map.of("max_depth", "4", "booster", "dart"));
    }

    @Test
    void random_staysInsideEveryRange_isRepeatableFromItsSeed_andDoesNotRepeatAConfiguration() {
        TuningPlan p = TuningRulesTest.plan(List.of(RangeSyntax.range("max_depth=3:9"), RangeSyntax.range("eta=0.01:0.3:log"),
                RangeSyntax.range("subsample=0.5:1")), Map.of(), SearchStrategy.RANDOM, 200, 1);
        List<Map<String, String>> configs = Configurations.of(p);
        assertThat(configs).hasSize(200).isEqualTo(Configurations.of(p));
        assertThat(new HashSet<>(configs)).hasSize(200);
        for (Map<String, String> c : configs) {
            assertThat(Integer.parseInt(c.get("max_depth"))).isBetween(3, 9);
            assertThat(Double.parseDouble(c.get("eta"))).isBetween(0.01, 0.3);
            assertThat(Double.parseDouble(c.get("subsample"))).isBetween(0.5, 1.0);
        }
        // logarithmic: as many draws below the geometric middle (0.055) as above it, give or take
        long low = configs.stream().filter(c -> Double.parseDouble(c.get("eta")) < Math.sqrt(0.01 * 0.3)).count();
        assertThat(low).isBetween(70L, 130L);
        assertThat(configs.stream().map(c -> c.get("max_depth")).distinct().count()).isEqualTo(7);
    }

    @Test
    void aSpaceSmallerThanMaxJobs_repeatsOnlyOnceEveryConfigurationIsTaken() {
        TuningPlan p = TuningRulesTest.plan(List.of(RangeSyntax.values("booster=gbtree,dart")), Map.of(), SearchStrategy.RANDOM, 3, 1);
        assertThat(Configurations.of(p).stream().distinct().count()).isEqualTo(2);
    }
}
