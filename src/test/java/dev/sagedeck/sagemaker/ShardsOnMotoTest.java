package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.JobSettings;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.testing.MotoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ShardedByS3Key against moto: the shards' bytes read back from S3 hold every row exactly once, none split. */
class ShardsOnMotoTest {
    private AwsConnection connection;
    private MotoS3 s3;

    @BeforeEach
    void start() {
        MotoServer.reset();
        connection = AwsTestSupport.connect(MotoServer.endpoint());
        s3 = new MotoS3(MotoServer.endpoint());
        s3.bucket(LaunchOnMotoTest.BUCKET);
    }

    @AfterEach
    void stop() {
        connection.close();
        s3.close();
    }

    private static LaunchSpec sharded(LaunchSpec s, int instances) {
        return s.withResources(new Resources("ml.m5.large", instances, 30, 3600, false, 0))
                .withSettings(JobSettings.NONE.withDistribution(Map.of("train", JobSettings.SHARDED)));
    }

    @Test
    void builtIn_twoInstancesSharded_uploadsTwoHeaderlessShards_whoseRowsAreThePreparedFileExactlyOnce() throws IOException {
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection);
        TrainingJob whole = jobs.launch(LaunchSpecs.builtIn("whole", LaunchOnMotoTest.OUT));
        TrainingJob job = jobs.launch(sharded(LaunchSpecs.builtIn("sharded", LaunchOnMotoTest.OUT), 2));

        String prefix = "titanic/" + job.name() + "/input/train/";
        List<String> keys = s3.keys(LaunchOnMotoTest.BUCKET).stream().filter(k -> k.startsWith(prefix)).sorted().toList();
        assertThat(keys).containsExactly(prefix + "train-1-of-2.csv", prefix + "train-2-of-2.csv");
        String one = s3.text(LaunchOnMotoTest.BUCKET, keys.get(0));
        String two = s3.text(LaunchOnMotoTest.BUCKET, keys.get(1));
        String prepared = s3.text(LaunchOnMotoTest.BUCKET, "titanic/" + whole.name() + "/input/train/train.csv");
        assertThat(one + two).as("every row once, in order, none split").isEqualTo(prepared);
        assertThat(one.lines().count()).isEqualTo(357);
        assertThat(two.lines().count()).isEqualTo(356);
        assertThat(one.lines().findFirst().orElseThrow()).as("no header: built-in XGBoost reads CSV without one").matches("[0-9.,E-]+");
        assertThat(job.channels()).filteredOn(c -> c.name().equals("train")).extracting(c -> c.distribution()).containsExactly("ShardedByS3Key");
        assertThat(job.settings().distribution()).containsEntry("train", "ShardedByS3Key");
    }

    @Test
    void script_twoInstancesSharded_keepsTheHeaderInEveryShard_andTheRawRowsExactlyOnce() throws IOException {
        Path entry = Files.writeString(Files.createTempDirectory("src").resolve("train_xgboost.py"), "print(1)\n");
        TrainingJob job = AwsTestSupport.jobs(connection).launch(sharded(LaunchSpecs.script("sharded-script", LaunchOnMotoTest.OUT, entry, null, "xgboost"), 2));

        String prefix = "titanic/" + job.name() + "/input/train/";
        List<String> raw = Files.readAllLines(LaunchSpecs.TITANIC_TRAIN);
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            List<String> lines = s3.text(LaunchOnMotoTest.BUCKET, prefix + "train-" + i + "-of-2.csv").lines().toList();
            assertThat(lines.get(0)).as("shard %d starts with the header", i).isEqualTo(raw.get(0));
            rows.addAll(lines.subList(1, lines.size()));
        }
        assertThat(rows).isEqualTo(raw.subList(1, raw.size()));
        assertThat(s3.keys(LaunchOnMotoTest.BUCKET)).doesNotContain(prefix + "titanic_train.csv");
    }

    @Test
    void moreInstancesThanRows_isRefusedBeforeAnyUpload() throws IOException {
        Path tiny = Files.writeString(Files.createTempFile("tiny", ".csv"), "y,x\n1,2\n0,3\n");
        LaunchSpec spec = sharded(LaunchSpecs.builtIn("tiny", LaunchOnMotoTest.OUT)
                .withData(new DataSpec(tiny.toString(), null, "csv", "y", List.of(), null)), 3);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AwsTestSupport.jobs(connection).launch(spec))
                .hasMessageContaining("--data-distribution train=ShardedByS3Key: ").hasMessageContaining("fewer than the 3 shards");
        assertThat(s3.keys(LaunchOnMotoTest.BUCKET)).isEmpty();
    }
}
