package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.Channel;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.LogLine;
import dev.sagedeck.domain.NotebookInstance;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.testing.MotoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The adapter against moto_server through real SDK clients. moto's Search ignores Operator and
 * SubExpressions and stops after the first Tags filter (reference §12), so the COMBINED plan gets
 * every job back, notices and splits, while the SPLIT plan shows moto filtering on tag and on
 * name; both must give exactly my jobs.
 */
class SageMakerOnMotoTest {
    private MotoSeed seed;
    private AwsConnection connection;

    @BeforeEach
    void start() {
        MotoServer.reset();
        seed = new MotoSeed(MotoServer.endpoint());
        connection = AwsTestSupport.connect(MotoServer.endpoint());
    }

    @AfterEach
    void stop() {
        connection.close();
        seed.close();
    }

    @ParameterizedTest
    @EnumSource(value = MineListing.Plan.class, names = {"COMBINED", "SPLIT"})
    void mine_areFoundByTagAndByNamePrefix_amongColleaguesJobs(MineListing.Plan plan) {
        seed.job("bob-xgb-1", "owner", "bob");
        seed.job("tagged-only-1", "owner", "alice");
        seed.job("carol-alice-decoy", "owner", "carol");
        seed.job("alice-named-only-1");
        seed.job("shared-untagged-1");
        seed.job("alice-both-1", "owner", "alice", "course", "ml101");
        seed.job("bob-xgb-2", "owner", "bob", "course", "ml101");

        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection, plan, 500);
        List<TrainingJob> mine = jobs.list(JobScope.MINE);

        assertThat(mine).extracting(TrainingJob::name)
                .containsExactlyInAnyOrder("tagged-only-1", "alice-named-only-1", "alice-both-1");
        assertThat(mine).filteredOn(j -> j.name().equals("tagged-only-1")).singleElement()
                .extracting(AwsTestSupport.ALICE::ownerOf).isEqualTo("alice");
        // COMBINED: moto answers with every job (it ignores SubExpressions), which gives it away: the
        // adapter drops that answer and splits, once (1 + 2 calls), and stays split (2 calls)
        assertThat(connection.callCounts().get("Search")).isEqualTo(plan == MineListing.Plan.COMBINED ? 3 : 2);
        assertThat(jobs.listingPlan()).isEqualTo("SPLIT");
        assertThat(connection.callCounts()).doesNotContainKeys("DescribeTrainingJob", "ListTags", "ListTrainingJobs");
        assertThat(jobs.list(JobScope.MINE)).hasSize(3);
        assertThat(connection.callCounts().get("Search")).isEqualTo(plan == MineListing.Plan.COMBINED ? 5 : 4);
    }

    @Test
    void all_isEveryJobInTheAccount_fromListTrainingJobsAlone_whenNoneIsNamedLikeMine() {
        seed.job("bob-xgb-1", "owner", "bob");
        seed.job("exp-xgb-1", "owner", "alice");
        seed.job("shared-1");

        List<TrainingJob> all = AwsTestSupport.jobs(connection).list(JobScope.ALL);

        assertThat(all).extracting(TrainingJob::name).containsExactlyInAnyOrder("bob-xgb-1", "exp-xgb-1", "shared-1");
        assertThat(all).allSatisfy(j -> assertThat(j.status()).isEqualTo(JobStatus.COMPLETED));
        assertThat(connection.callCounts()).containsOnlyKeys("ListTrainingJobs");
    }

    @Test
    void all_aJobNamedLikeMineButTaggedForBob_isBobsInTheListAsInDescribe() {
        seed.job("alice-x", "owner", "bob");
        seed.job("alice-xgb-1", "owner", "alice");
        seed.job("alice-untagged-1");
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection);

        List<TrainingJob> all = jobs.list(JobScope.ALL);

        assertThat(all).filteredOn(j -> j.name().equals("alice-x")).singleElement()
                .satisfies(j -> assertThat(AwsTestSupport.ALICE.ownerOf(j)).isEqualTo("bob"))
                .satisfies(j -> assertThat(AwsTestSupport.ALICE.isMine(j)).isFalse());
        for (TrainingJob j : all) {
            assertThat(AwsTestSupport.ALICE.ownerOf(j)).as(j.name()).isEqualTo(AwsTestSupport.ALICE.ownerOf(jobs.describe(j.name())));
        }
        assertThat(jobs.list(JobScope.MINE)).extracting(TrainingJob::name).containsExactlyInAnyOrder("alice-xgb-1", "alice-untagged-1");
    }

    @Test
    void describe_showsWhatAUserChecksBeforeActing() {
        seed.job("alice-xgb-9", "owner", "alice", "course", "ml101");

        TrainingJob job = AwsTestSupport.jobs(connection).describe("alice-xgb-9");

        assertThat(job.arn()).isEqualTo("arn:aws:sagemaker:us-east-1:123456789012:training-job/alice-xgb-9");
        assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(job.secondaryStatus()).isEqualTo("Completed");
        assertThat(job.transitions()).isNotEmpty();
        assertThat(job.resources().instanceType()).isEqualTo("ml.m5.xlarge");
        assertThat(job.resources().instanceCount()).isEqualTo(2);
        assertThat(job.resources().volumeGb()).isEqualTo(10);
        assertThat(job.resources().maxRuntimeSeconds()).isEqualTo(3600);
        assertThat(job.channels()).containsExactly(
                new Channel("train", "s3://lesson-bucket/titanic/train/", "text/csv", "FullyReplicated"));
        assertThat(job.outputPath()).isEqualTo("s3://lesson-bucket/titanic/output");
        assertThat(job.modelLocation()).isEqualTo("s3://lesson-bucket/titanic/output/alice-xgb-9/output/model.tar.gz");
        assertThat(job.hyperParameters()).containsEntry("num_round", "50");
        assertThat(job.finalMetrics()).isNotEmpty();
        assertThat(job.tags()).containsEntry("owner", "alice").containsEntry("course", "ml101");
        assertThat(AwsTestSupport.ALICE.ownerOf(job)).isEqualTo("alice");
        assertThat(job.roleArn()).isEqualTo(MotoSeed.ROLE);
        assertThat(job.image()).endsWith("sagemaker-xgboost:1.7-1");
        assertThat(job.timing().created()).isNotNull();
        assertThat(job.raw()).contains("\"TrainingJobName\" : \"alice-xgb-9\"").contains("\"Tags\"");
    }

    @Test
    void finishedJob_isDescribedOnce_thenServedFromTheCache_evenAfterARestart(@TempDir Path cache) {
        seed.job("alice-xgb-9", "owner", "alice");
        SageMakerTrainingJobs first = new SageMakerTrainingJobs(connection, AwsTestSupport.ALICE, cache,
                java.time.Clock.systemUTC());

        first.describe("alice-xgb-9");
        first.describe("alice-xgb-9");
        SageMakerTrainingJobs afterRestart = new SageMakerTrainingJobs(connection, AwsTestSupport.ALICE, cache,
                java.time.Clock.systemUTC());
        TrainingJob again = afterRestart.describe("alice-xgb-9");

        assertThat(connection.callCounts().get("DescribeTrainingJob")).isEqualTo(1);
        assertThat(again.tags()).containsEntry("owner", "alice");
    }

    @Test
    void unknownJob_isNotFoundInPlainWords() {
        BackendException e = AwsFaultsTest.catchBackend(() -> AwsTestSupport.jobs(connection).describe("alice-nope-1"));

        assertThat(e.kind()).isEqualTo(BackendException.Kind.NOT_FOUND);
        assertThat(e.getMessage()).isEqualTo("no training job named 'alice-nope-1'");
    }

    @Test
    void logs_acrossTwoInstanceStreams_mergedInTimeOrder_thenOnlyNewLines() {
        seed.job("alice-xgb-2", "owner", "alice");
        Instant t0 = Instant.parse("2026-11-26T09:00:00Z");
        seed.logLine("alice-xgb-2/algo-1-1764147600", t0.plusSeconds(1), "[0]#011train-logloss:0.6");
        seed.logLine("alice-xgb-2/algo-2-1764147600", t0.plusSeconds(2), "algo-2 joined");
        seed.logLine("alice-xgb-2/algo-1-1764147600", t0.plusSeconds(3), "[1]#011train-logloss:0.5");
        seed.logLine("someone-else-1/algo-1-1764147600", t0.plusSeconds(2), "not this job");
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection);

        LogChunk first = jobs.readLogs("alice-xgb-2", LogCursor.START);
        seed.logLine("alice-xgb-2/algo-2-1764147600", t0.plusSeconds(4), "algo-2 done");
        List<LogLine> later = new ArrayList<>();
        LogChunk chunk = first;
        for (int poll = 0; poll < 4 && !chunk.complete(); poll++) {
            chunk = jobs.readLogs("alice-xgb-2", chunk.next());
            later.addAll(chunk.lines());
        }

        assertThat(first.lines()).extracting(l -> l.source() + ": " + l.text()).containsExactly(
                "algo-1: [0]\ttrain-logloss:0.6", "algo-2: algo-2 joined", "algo-1: [1]\ttrain-logloss:0.5");
        assertThat(later).extracting(LogLine::text).containsExactly("algo-2 done");
        assertThat(chunk.complete()).as("moto's jobs are Completed; the log ends once drained").isTrue();
    }

    @Test
    void notebookInstance_isRecognisedWithItsTypeAndRole(@TempDir Path opt) throws IOException {
        seed.sageMaker.createNotebookInstance(r -> r.notebookInstanceName("lesson-notebook")
                .instanceType("ml.t3.medium").roleArn(MotoSeed.ROLE));
        Path meta = opt.resolve("resource-metadata.json");
        Files.writeString(meta, "{\"ResourceArn\":\"arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/"
                + "lesson-notebook\",\"ResourceName\":\"lesson-notebook\"}");

        NotebookInstance nb = NotebookInstances.detect(NotebookMetadata.read(meta), connection).orElseThrow();

        assertThat(nb).isEqualTo(new NotebookInstance("lesson-notebook", "us-east-1", "ml.t3.medium", MotoSeed.ROLE));
        assertThat(NotebookInstances.detect(NotebookMetadata.read(opt.resolve("absent.json")), connection)).isEmpty();
    }
}
