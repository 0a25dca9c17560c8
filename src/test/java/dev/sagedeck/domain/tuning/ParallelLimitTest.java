package dev.sagedeck.domain.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParallelLimitTest {
    private static final long MB = 1L << 20;

    @Test
    void theLimitIsTheSmallestOfWhatWasAsked_theCores_andTheMemory_andSaysWhich() {
        assertThat(ParallelLimit.of(8, 2, 4096 * MB, 100 * MB, 200 * MB).parallel()).isEqualTo(2);
        assertThat(ParallelLimit.of(8, 16, 700 * MB, 100 * MB, 200 * MB).parallel()).isEqualTo(3);
        assertThat(ParallelLimit.of(1, 16, 4096 * MB, 100 * MB, 200 * MB)).satisfies(l -> {
            assertThat(l.parallel()).isEqualTo(1);
            assertThat(l.threads()).isEqualTo(16);
        });
        assertThat(ParallelLimit.of(4, 2, 50 * MB, 100 * MB, 200 * MB).parallel()).isEqualTo(1);
        assertThat(ParallelLimit.of(8, 2, 4096 * MB, 100 * MB, 200 * MB).reason())
                .isEqualTo("2 at once (asked 8; 2 cores, 4096 MB available, ~200 MB per configuration besides 100 MB of shared data)");
    }
}
