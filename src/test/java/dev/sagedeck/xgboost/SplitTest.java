package dev.sagedeck.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Expected values printed by numpy 1.24 / scikit-learn 1.2 (Debian's python3-numpy, python3-sklearn). */
class SplitTest {

    @Test
    void permutation_matchesNumpyRandomState() {
        // np.random.RandomState(42).permutation(713)[:12] and [-5:]
        int[] p = NumpyPermutation.of(713, 42);
        assertThat(Arrays.copyOf(p, 12)).containsExactly(120, 329, 39, 294, 653, 436, 65, 616, 78, 651, 621, 97);
        assertThat(Arrays.copyOfRange(p, 708, 713)).containsExactly(71, 106, 270, 435, 102);
        assertThat(NumpyPermutation.of(10, 7)).containsExactly(8, 5, 0, 2, 1, 9, 7, 3, 6, 4);
        assertThat(Arrays.copyOf(NumpyPermutation.of(100_000, 0), 5)).containsExactly(3582, 60498, 53227, 21333, 3885);
    }

    @Test
    void split_takesTheLessonsRows_sizedLikeTrainTestSplit() {
        // train_test_split(np.arange(713), test_size=0.2, random_state=42) -> 570 / 143 rows
        Split split = Split.of(713, 42);
        assertThat(split.train()).hasSize(570);
        assertThat(split.validation()).hasSize(143).contains(120, 329, 39, 294, 653, 436, 65, 616, 78, 651, 621, 97);
        assertThat(split.train()).contains(264, 56, 204, 571, 527).doesNotContain(split.validation());
        assertThat(Split.of(2, 0).validation()).hasSize(1);
        assertThatThrownBy(() -> Split.of(1, 0)).hasMessageContaining("at least 2 data rows");
    }
}
