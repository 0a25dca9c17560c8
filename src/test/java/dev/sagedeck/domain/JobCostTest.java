package dev.sagedeck.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobCostTest {
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final Price M5 = new Price("ml.m5.xlarge", 0.23, "test");

    private static TrainingJob job(JobStatus status, Long training, Long billable, boolean spot) {
        return TrainingJob.builder("alice-1", Backend.SAGEMAKER)
                .status(status)
                .resources(new Resources("ml.m5.xlarge", 2, 10, 3600, spot, spot ? 7200 : 0))
                .timing(new Timing(T0, T0.plusSeconds(60), null, training, billable))
                .build();
    }

    @Test
    void finishedJob_costsBillableSecondsTimesInstancesTimesHourlyPrice() {
        var cost = JobCost.of(job(JobStatus.COMPLETED, 3600L, 1800L, false), Optional.of(M5), T0).orElseThrow();

        assertThat(cost.usd()).isCloseTo(0.23, within(1e-9)); // 1800 s x 2 instances = 1 instance-hour
        assertThat(cost.basis()).isEqualTo("billable");
    }

    @Test
    void runningJob_isEstimatedFromTrainingStartAndSaysSo() {
        var cost = JobCost.of(job(JobStatus.IN_PROGRESS, null, null, false), Optional.of(M5),
                T0.plusSeconds(60 + 900)).orElseThrow();

        assertThat(cost.usd()).isCloseTo(0.115, within(1e-9));
        assertThat(cost.basis()).isEqualTo("running so far");
    }

    @Test
    void unknownPrice_givesNoCostRatherThanAGuess() {
        assertThat(JobCost.of(job(JobStatus.COMPLETED, 3600L, 1800L, false), Optional.empty(), T0)).isEmpty();
    }

    @Test
    void managedSpot_savingsAreOneMinusBillableOverTraining() {
        assertThat(JobCost.spotSavingsPercent(job(JobStatus.COMPLETED, 1000L, 300L, true)).getAsDouble())
                .isCloseTo(70.0, within(1e-9));
        assertThat(JobCost.spotSavingsPercent(job(JobStatus.COMPLETED, 1000L, 300L, false))).isEmpty();
    }
}
