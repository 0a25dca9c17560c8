package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.port.BackendException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a launch would send, and every bad input refused before any upload or call, with its reason. */
class LaunchPlannerTest {
    private static final String OUT = "s3://lesson-bucket/titanic";
    private final LaunchPlanner planner = new LaunchPlanner("us-east-1", () -> Ownership.of("alice"), () -> null,
            Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path tmp;

    private JsonNode request(LaunchSpec spec) throws Exception {
        try (LaunchPlan plan = planner.plan(spec)) {
            return SdkJson.MAPPER.readTree(plan.requestJson());
        }
    }

    @Test
    void builtInDryRun_isTheCreateTrainingJobRequestWithCsvChannelOwnerTagAndPlainHyperparameters() throws Exception {
        JsonNode r = request(LaunchSpecs.builtIn(null, OUT));
        String name = r.path("TrainingJobName").asText();
        assertThat(name).matches("alice-xgboost-20261126-120000-[a-z0-9]{4}");
        assertThat(r.path("AlgorithmSpecification").path("TrainingImage").asText())
                .isEqualTo("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1");
        assertThat(r.path("AlgorithmSpecification").path("TrainingInputMode").asText()).isEqualTo("File");
        JsonNode train = r.path("InputDataConfig").get(0);
        assertThat(train.path("ChannelName").asText()).isEqualTo("train");
        assertThat(train.path("ContentType").asText()).isEqualTo("text/csv");
        assertThat(train.path("DataSource").path("S3DataSource").path("S3Uri").asText())
                .isEqualTo("s3://lesson-bucket/titanic/" + name + "/input/train/");
        assertThat(r.path("HyperParameters").path("max_depth").asText()).isEqualTo("3");
        assertThat(r.path("HyperParameters").path("objective").asText()).isEqualTo("binary:logistic");
        assertThat(r.path("Tags").get(0).path("Key").asText()).isEqualTo("owner");
        assertThat(r.path("Tags").get(0).path("Value").asText()).isEqualTo("alice");
        assertThat(r.path("OutputDataConfig").path("S3OutputPath").asText()).isEqualTo(OUT);
        assertThat(r.path("ResourceConfig").path("InstanceCount").asInt()).isEqualTo(1);
        assertThat(r.path("StoppingCondition").path("MaxRuntimeInSeconds").asInt()).isEqualTo(3600);
        assertThat(r.has("EnableManagedSpotTraining")).isFalse();
    }

    @Test
    void theBundledSample_isPreparedAndUploadedLikeALocalFile_withItsTestFileForValidation() throws Exception {
        LaunchSpec sample = new LaunchSpec(dev.sagedeck.domain.Backend.SAGEMAKER, null, null,
                dev.sagedeck.domain.DataSpec.sample("titanic"), java.util.Map.of("num_round", "20"), null,
                LaunchSpecs.builtIn(null, OUT).resources(), LaunchSpecs.builtIn(null, OUT).roleArn(), OUT, null);
        try (LaunchPlan plan = planner.plan(sample)) {
            JsonNode r = SdkJson.MAPPER.readTree(plan.requestJson());
            assertThat(r.path("InputDataConfig")).extracting(c -> c.path("ChannelName").asText()).contains("train", "validation");
            assertThat(plan.uploads()).isNotEmpty();
        }
    }

    @Test
    void scriptDryRun_jsonEncodesHyperparametersAndPointsAtTheArchive() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(src.resolve("train_xgboost.py"), "print('hi')\n");
        JsonNode hp = request(LaunchSpecs.script("alice-script-1", OUT, Path.of("train_xgboost.py"), src, "xgboost"))
                .path("HyperParameters");
        assertThat(hp.path("sagemaker_program").asText()).isEqualTo("\"train_xgboost.py\"");
        assertThat(hp.path("sagemaker_submit_directory").asText())
                .isEqualTo("\"s3://lesson-bucket/titanic/alice-script-1/source/sourcedir.tar.gz\"");
        assertThat(hp.path("sagemaker_container_log_level").asText()).isEqualTo("20");
        assertThat(hp.path("sagemaker_job_name").asText()).isEqualTo("\"alice-script-1\"");
        assertThat(hp.path("sagemaker_region").asText()).isEqualTo("\"us-east-1\"");
        assertThat(hp.path("max_depth").asText()).isEqualTo("3");
        assertThat(hp.path("objective").asText()).isEqualTo("\"binary:logistic\"");
    }

    @Test
    void spot_setsMaxWaitAndTheFlag() throws Exception {
        JsonNode r = request(LaunchSpecs.with(LaunchSpecs.builtIn("alice-spot", OUT), new Resources("ml.m5.large", 1, 30, 3600, true, 7200)));
        assertThat(r.path("EnableManagedSpotTraining").asBoolean()).isTrue();
        assertThat(r.path("StoppingCondition").path("MaxWaitTimeInSeconds").asInt()).isEqualTo(7200);
    }

    @Test
    void givenNameWithoutMyPrefix_getsIt() throws Exception {
        assertThat(request(LaunchSpecs.builtIn("titanic-run", OUT)).path("TrainingJobName").asText()).isEqualTo("alice-titanic-run");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lesson-bucket/titanic     | does not start with s3://",
        "s3://                     | names no bucket",
        "s3://Lesson_Bucket/x      | bucket 'Lesson_Bucket' is not a valid S3 bucket name",
        "s3://ab/x                 | bucket 'ab' is not a valid S3 bucket name",
        "s3://lesson-bucket/a//b   | empty path segment",
        "s3://192.168.1.1/x        | not a valid S3 bucket name"})
    void badOutputUri_isRefusedWithTheRule(String uri, String why) {
        assertThatThrownBy(() -> planner.plan(LaunchSpecs.builtIn(null, uri))).isInstanceOf(BackendException.class)
                .hasMessageContaining("--output '" + uri + "' is not a usable S3 URI").hasMessageContaining(why);
    }

    @Test
    void badTrainingDataUri_isRefused() {
        assertThatThrownBy(() -> planner.plan(LaunchSpecs.withTrain(LaunchSpecs.builtIn(null, OUT), "s3://x/data")))
                .hasMessageContaining("training data 's3://x/data' is not a usable S3 URI");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my_job      | an underscore '_' at position 3",
        "job.v2      | a dot '.'",
        "-leading    | starts with a hyphen"})
    void invalidJobName_isRefused(String name, String why) {
        assertThatThrownBy(() -> planner.plan(LaunchSpecs.builtIn(name, OUT))).isInstanceOf(BackendException.class)
                .hasMessageContaining(why);
    }

    @Test
    void nameTooLongOnceMyPrefixIsAdded_saysSo() {
        assertThatThrownBy(() -> planner.plan(LaunchSpecs.builtIn("a".repeat(60), OUT)))
                .hasMessageContaining("with your prefix 'alice-' added").hasMessageContaining("too long: 66 > 63");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AmazonSageMaker-ExecutionRole",
        "arn:aws:iam::1234:role/x",
        "arn:aws:iam::123456789012:user/alice"})
    void roleThatIsNotARoleArn_isRefused(String role) {
        assertThatThrownBy(() -> planner.plan(LaunchSpecs.withRole(LaunchSpecs.builtIn(null, OUT), role)))
                .hasMessageContaining("--role '" + role + "' is not an IAM role ARN");
    }

    @Test
    void noRoleAndNoNotebook_saysHowToGiveOne() {
        assertThatThrownBy(() -> planner.plan(LaunchSpecs.withRole(LaunchSpecs.builtIn(null, OUT), null)))
                .hasMessageContaining("no execution role: pass --role");
    }

    @Test
    void countZero_spotWaitBelowRuntime_andMissingOutput_areRefused() {
        LaunchSpec base = LaunchSpecs.builtIn(null, OUT);
        assertThatThrownBy(() -> planner.plan(LaunchSpecs.with(base, new Resources("ml.m5.large", 0, 30, 3600, false, 0))))
                .hasMessageContaining("--instance-count 0: a training job needs at least 1 instance");
        assertThatThrownBy(() -> planner.plan(LaunchSpecs.with(base, new Resources("ml.m5.large", 1, 30, 3600, true, 600))))
                .hasMessageContaining("--max-wait 600 s is less than --max-runtime 3600 s");
        assertThatThrownBy(() -> planner.plan(LaunchSpecs.builtIn(null, null)))
                .hasMessageContaining("no output location: pass --output s3://");
    }

    @Test
    void severalInstancesForSmallData_isAdvisedAgainst() {
        try (LaunchPlan plan = planner.plan(LaunchSpecs.with(LaunchSpecs.builtIn(null, OUT),
                new Resources("ml.m5.large", 2, 30, 3600, false, 0)))) {
            assertThat(plan.warnings()).anyMatch(n -> n.startsWith("2 instances for") && n.contains("less than 50 GB"));
        }
    }

    @Test
    void dryRunLeavesNoTemporaryFiles() {
        Path work;
        try (LaunchPlan plan = planner.plan(LaunchSpecs.builtIn(null, OUT))) {
            work = plan.workDir();
            String root = "s3://lesson-bucket/titanic/" + plan.jobName();
            assertThat(plan.jobName()).startsWith("alice-xgboost-20261126-120000-");
            assertThat(plan.uploads()).extracting(u -> u.to().uri()).containsExactly(
                    root + "/input/train/train.csv", root + "/input/preprocessing.json");
        }
        assertThat(Files.exists(work)).isFalse();
    }
}
