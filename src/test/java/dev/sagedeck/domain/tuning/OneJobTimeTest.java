package dev.sagedeck.domain.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.Channel;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.ScriptSpec;
import dev.sagedeck.domain.Timing;
import dev.sagedeck.domain.TrainingJob;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One job's time for a search's expected wall time: measured on the newest matching job, or estimated, and said which. */
class OneJobTimeTest {
    static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    static final LaunchSpec SAMPLE_LOCAL = new LaunchSpec(Backend.LOCAL, null, "alice", DataSpec.sample("titanic"), Map.of(), null,
            Resources.local(0), null, null, null);
    static final LaunchSpec FILE_MANAGED = new LaunchSpec(Backend.SAGEMAKER, null, "alice",
            new DataSpec("data/titanic_train.csv", null, "titanic", null, List.of(), null), Map.of(), null,
            new Resources("ml.m5.large", 1, 30, 3600, false, 0), null, "s3://b/out", null);

    static TrainingJob job(String name, Backend b, JobStatus status, String train, int endedAfter, int seconds) {
        Instant end = T0.plusSeconds(endedAfter);
        return TrainingJob.builder(name, b).status(status).timing(new Timing(end.minusSeconds(seconds), end.minusSeconds(seconds - 1), end, null, null))
                .channels(List.of(new Channel("train", train, "text/csv", null)))
                .image(b == Backend.LOCAL ? "local: built-in XGBoost (xgboost4j)" : "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1")
                .build();
    }

    @Test
    void theNewestCompletedJobOnTheSameData_isTheMeasure_andTheReviewSaysWhichJob() {
        OneJobTime t = OneJobTime.of(List.of(job("old", Backend.LOCAL, JobStatus.COMPLETED, "sample:titanic", 10, 40),
                job("new", Backend.LOCAL, JobStatus.COMPLETED, "sample:titanic", 100, 12),
                job("failed", Backend.LOCAL, JobStatus.FAILED, "sample:titanic", 200, 3),
                job("other-data", Backend.LOCAL, JobStatus.COMPLETED, "/data/other.csv", 300, 5)), SAMPLE_LOCAL);
        assertThat(t.seconds()).isEqualTo(12);
        assertThat(t.how()).isEqualTo("measured on new (local)");
        assertThat(TuningCost.wallHow(new TuningLimits(8, 2), t)).isEqualTo("ceil(8 jobs / 2 at once) x 12 s per job (measured on new (local))");
    }

    @Test
    void aJobOnTheSearchsBackend_comesFirst_thenTheOtherBackend_byFileName() {
        TrainingJob local = job("local-run", Backend.LOCAL, JobStatus.COMPLETED, "/home/alice/data/titanic_train.csv", 500, 9);
        TrainingJob managed = job("sm-run", Backend.SAGEMAKER, JobStatus.COMPLETED, "s3://b/out/sm-run/input/train/titanic_train.csv", 100, 260);
        assertThat(OneJobTime.of(List.of(local, managed), FILE_MANAGED).job()).isEqualTo("sm-run");
        OneJobTime onlyLocal = OneJobTime.of(List.of(local), FILE_MANAGED);
        assertThat(onlyLocal.job()).isEqualTo("local-run");
        assertThat(onlyLocal.seconds()).as("SageMaker's start-up added").isEqualTo(9 + TuningCost.SAGEMAKER_START_UP_SECONDS);
    }

    @Test
    void aSageMakerSearchMeasuredOnALocalRun_addsSageMakersStartUp_andTheReviewSaysSo() {
        TrainingJob local = job("local-run", Backend.LOCAL, JobStatus.COMPLETED, "/home/alice/data/titanic_train.csv", 500, 9);

        OneJobTime managed = OneJobTime.of(List.of(local), FILE_MANAGED);

        assertThat(managed.seconds()).isEqualTo(189);
        assertThat(TuningCost.wallHow(new TuningLimits(8, 2), managed)).isEqualTo("ceil(8 jobs / 2 at once) x 189 s per job "
                + "(measured on local-run (local) plus 180 s of SageMaker's start-up (instances, image and data download))");
        assertThat(TuningCost.ESTIMATED_JOB_SECONDS).as("the estimate holds the same start-up")
                .isEqualTo(TuningCost.SAGEMAKER_START_UP_SECONDS + TuningCost.SMALL_DATA_TRAINING_SECONDS);
        OneJobTime here = OneJobTime.of(List.of(local),
                new LaunchSpec(Backend.LOCAL, null, "alice", FILE_MANAGED.data(), Map.of(), null, Resources.local(0), null, null, null));
        assertThat(here.seconds()).as("a local search runs where it was measured: nothing added").isEqualTo(9);
        assertThat(here.how()).isEqualTo("measured on local-run (local)");
    }

    @Test
    void aSearchsOwnRecord_aScriptRun_orNothing_measuresNothing_andTheEstimateSaysSo() {
        TrainingJob searchRecord = job("search", Backend.LOCAL, JobStatus.COMPLETED, "sample:titanic", 100, 300).toBuilder()
                .tags(Map.of(TuningTags.KIND, TuningTags.LOCAL_SEARCH)).build();
        TrainingJob script = job("script", Backend.LOCAL, JobStatus.COMPLETED, "sample:titanic", 100, 30).toBuilder()
                .image("local: python3 train.py").build();
        OneJobTime t = OneJobTime.of(List.of(searchRecord, script), SAMPLE_LOCAL);
        assertThat(t.measured()).isFalse();
        assertThat(t.how()).startsWith("estimated");
        OneJobTime managed = OneJobTime.of(List.of(), FILE_MANAGED);
        assertThat(managed.seconds()).isEqualTo(TuningCost.ESTIMATED_JOB_SECONDS);
        assertThat(managed.how()).startsWith("estimated: SageMaker's start-up");
        LaunchSpec scriptSpec = new LaunchSpec(Backend.LOCAL, null, "alice", DataSpec.sample("titanic"), Map.of(),
                new ScriptSpec("train.py", null, "python3", null), Resources.local(0), null, null, null);
        assertThat(OneJobTime.of(List.of(script), scriptSpec).job()).as("a script is measured on the same script").isEqualTo("script");
    }
}
