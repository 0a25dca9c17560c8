package dev.sagedeck.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.Jobs;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Price;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.Timing;
import dev.sagedeck.domain.TrainingJob;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The 1-vs-N experiment read off two finished jobs: the speed-up in wall time against the cost ratio. */
class ScalingSummaryTest {
    static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    static final Price PRICE = new Price("ml.m5.xlarge", 0.23, "test");

    static TrainingJob job(String name, int count, long trainingSeconds) {
        Instant ended = T0.plusSeconds(60 + trainingSeconds);
        return Jobs.sagemaker(name, "alice", JobStatus.COMPLETED, "Completed", T0).toBuilder()
                .resources(new Resources("ml.m5.xlarge", count, 30, 3600, false, 0))
                .timing(new Timing(T0, T0.plusSeconds(60), ended, trainingSeconds, trainingSeconds)).build();
    }

    @Test
    void twoInstancesTwiceAsFastInTraining_isLessThanTwiceAsFastInWallTime_andCostsMore() {
        List<ScalingSummary> s = ScalingSummary.ofExperiment(List.of(job("a-x2", 2, 400), job("a-x1", 1, 600)),
                t -> Optional.of(PRICE), T0.plusSeconds(3600));

        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.shortText()).isEqualTo("x2 vs x1: 1.43x the speed for 1.33x the cost");
            assertThat(x.text()).endsWith(": the extra instances paid for themselves");
        });
    }

    @Test
    void jobsThatAreNotOneExperiment_sayNothing() {
        TrainingJob local = Jobs.local("alice-local-1", "alice", JobStatus.COMPLETED, T0);
        assertThat(ScalingSummary.ofExperiment(List.of(job("a-x1", 1, 600), local), t -> Optional.of(PRICE), T0)).isEmpty();
        assertThat(ScalingSummary.ofExperiment(List.of(job("a-x1", 1, 600), job("b-x1", 1, 500)), t -> Optional.of(PRICE), T0)).isEmpty();
    }
}
