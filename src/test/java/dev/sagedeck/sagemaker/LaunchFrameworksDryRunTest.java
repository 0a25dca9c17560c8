package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagedeck.cli.CliRun;
import dev.sagedeck.testing.MotoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code launch --script --framework pytorch|tensorflow|xgboost|sklearn --dry-run --json}: the
 * request for each framework on a CPU and a GPU instance in four regions (one in China, whose
 * registry domain differs) equals the one checked in under
 * {@code src/test/resources/frameworks/expected/}, which was worked out from the SageMaker Python
 * SDK's own image tables (each file names its source); scikit-learn on a GPU is refused, as the
 * SDK refuses it.
 */
class LaunchFrameworksDryRunTest {
    static final Path FIXTURES = Path.of("src/test/resources/frameworks").toAbsolutePath();
    static final Path CODE = FIXTURES.resolve("code");
    static final String OUT = "s3://lesson-bucket/frameworks";

    @TempDir
    Path home;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void start() throws IOException {
        env.putAll(AwsTestSupport.cliEnv(home, Files.createDirectories(home.resolve("state")), MotoServer.endpoint()));
    }

    private CliRun.Result launch(String framework, String instanceType, String region, String... extra) {
        List<String> args = new ArrayList<>(List.of("launch", "--script", "train.py", "--source-dir", CODE.toString(),
                "--framework", framework, "--train", FIXTURES.resolve("train.csv").toString(), "--instance-type", instanceType,
                "--region", region, "--role", LaunchSpecs.ROLE, "--output", OUT, "--name", "fw-test",
                "--hp", "epochs=2", "--hp", "lr=0.01", "--dry-run", "--json"));
        args.addAll(List.of(extra));
        return CliRun.run(env, args.toArray(new String[0]));
    }

    @ParameterizedTest(name = "{0} on {1} in {2}")
    @CsvSource({
        "pytorch,    ml.m5.xlarge, us-east-1,      cpu",
        "pytorch,    ml.m5.xlarge, eu-west-1,      cpu",
        "pytorch,    ml.m5.xlarge, ap-southeast-2, cpu",
        "pytorch,    ml.m5.xlarge, cn-north-1,     cpu",
        "pytorch,    ml.g5.xlarge, us-east-1,      gpu",
        "pytorch,    ml.g5.xlarge, eu-west-1,      gpu",
        "pytorch,    ml.g5.xlarge, ap-southeast-2, gpu",
        "pytorch,    ml.g5.xlarge, cn-north-1,     gpu",
        "tensorflow, ml.m5.xlarge, us-east-1,      cpu",
        "tensorflow, ml.m5.xlarge, eu-west-1,      cpu",
        "tensorflow, ml.m5.xlarge, ap-southeast-2, cpu",
        "tensorflow, ml.m5.xlarge, cn-north-1,     cpu",
        "tensorflow, ml.g5.xlarge, us-east-1,      gpu",
        "tensorflow, ml.g5.xlarge, eu-west-1,      gpu",
        "tensorflow, ml.g5.xlarge, ap-southeast-2, gpu",
        "tensorflow, ml.g5.xlarge, cn-north-1,     gpu",
        "xgboost,    ml.m5.xlarge, us-east-1,      cpu",
        "xgboost,    ml.m5.xlarge, eu-west-1,      cpu",
        "xgboost,    ml.m5.xlarge, ap-southeast-2, cpu",
        "xgboost,    ml.m5.xlarge, cn-north-1,     cpu",
        "xgboost,    ml.g5.xlarge, us-east-1,      gpu",
        "xgboost,    ml.g5.xlarge, eu-west-1,      gpu",
        "xgboost,    ml.g5.xlarge, ap-southeast-2, gpu",
        "xgboost,    ml.g5.xlarge, cn-north-1,     gpu",
        "sklearn,    ml.m5.xlarge, us-east-1,      cpu",
        "sklearn,    ml.m5.xlarge, eu-west-1,      cpu",
        "sklearn,    ml.m5.xlarge, ap-southeast-2, cpu",
        "sklearn,    ml.m5.xlarge, cn-north-1,     cpu"})
    void dryRunRequest_isWhatTheSdkWouldSend(String framework, String instanceType, String region, String processor) throws IOException {
        CliRun.Result r = launch(framework, instanceType, region);

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode expected = new ObjectMapper().readTree(FIXTURES.resolve("expected/%s-%s-%s.json".formatted(framework, processor, region))
                .toFile()).path("request");
        assertThat(r.json()).as(r.err()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "sklearn on {0} in {1}")
    @CsvSource({"ml.g5.xlarge, us-east-1", "ml.g5.xlarge, eu-west-1", "ml.p3.2xlarge, ap-southeast-2", "ml.g5.xlarge, cn-north-1"})
    void sklearnOnAGpu_isRefusedAsTheSdkRefusesIt(String instanceType, String region) {
        CliRun.Result r = launch("sklearn", instanceType, region);

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("scikit-learn has CPU images only").contains(instanceType + " is not a CPU type");
    }

    @ParameterizedTest(name = "sklearn 1.4-2 in {0}")
    @CsvSource({"us-east-1", "eu-west-1", "ap-southeast-2", "cn-north-1", "il-central-1"})
    void sklearn142_isOffered_andItsRequestIsWhatTheSdkWouldSend(String region) throws IOException {
        CliRun.Result r = launch("sklearn", "ml.m5.xlarge", region, "--framework-version", "1.4-2");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode expected = new ObjectMapper().readTree(FIXTURES.resolve("expected/sklearn-1.4-2-cpu-%s.json".formatted(region))
                .toFile()).path("request");
        assertThat(r.json()).as(r.err()).isEqualTo(expected);
    }

    @Test
    void anSklearnVersionTheSdkDoesNotList_exit2_namingTheOnesItDoes() {
        CliRun.Result r = launch("sklearn", "ml.m5.xlarge", "us-east-1", "--framework-version", "1.3-1");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("scikit-learn image version '1.3-1' is not supported; choose one of 0.23-1, 1.0-1, 1.2-1, 1.4-2 (default 1.2-1)");
    }

    @Test
    void sklearnOnTwoInstances_isRefusedAsTheSdkRefusesIt() {
        CliRun.Result r = launch("sklearn", "ml.m5.xlarge", "us-east-1", "--instance-count", "2");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("scikit-learn trains on one instance: the SageMaker Python SDK's SKLearn refuses instance_count 2");
    }

    @Test
    void dryRun_saysWhereItDiffersFromTheSdksDefaults() {
        CliRun.Result r = launch("pytorch", "ml.m5.xlarge", "us-east-1");

        assertThat(r.err()).contains("Note: not the SageMaker Python SDK's defaults, on purpose: the job name and the owner tag")
                .contains("MaxRuntimeInSeconds 3600 (max_run=3600").contains("code_location=output_path")
                .contains("MetricDefinitions for round lines");
    }

    @Test
    void dryRun_saysTheRequirementsAreInstalledByTheContainer() {
        CliRun.Result r = launch("pytorch", "ml.m5.xlarge", "us-east-1");

        assertThat(r.err()).contains("Note: requirements.txt (2 packages: pandas==2.2.2, scikit-learn>=1.4) is installed with pip "
                + "by the container before the script starts");
    }

    @Test
    void anOlderVersion_isTaggedAsGiven_andItsOnlyPythonIsChosen() {
        JsonNode alias = launch("pytorch", "ml.p3.2xlarge", "us-west-2", "--framework-version", "2.3").json();
        assertThat(alias.at("/AlgorithmSpecification/TrainingImage").asText())
                .isEqualTo("763104351884.dkr.ecr.us-west-2.amazonaws.com/pytorch-training:2.3-gpu-py311");
        JsonNode twoPythons = launch("tensorflow", "ml.c5.xlarge", "eu-central-1", "--framework-version", "1.15.5",
                "--py-version", "py37").json();
        assertThat(twoPythons.at("/AlgorithmSpecification/TrainingImage").asText())
                .isEqualTo("763104351884.dkr.ecr.eu-central-1.amazonaws.com/tensorflow-training:1.15.5-cpu-py37");
        assertThat(twoPythons.at("/AlgorithmSpecification/EnableSageMakerMetricsTimeSeries").asBoolean()).isTrue();
    }

    @Test
    void torchDistributedOnAGpu_addsTheSdksKeys() {
        JsonNode hp = launch("pytorch", "ml.g5.12xlarge", "us-east-1", "--distribution", "torch_distributed").json().path("HyperParameters");

        assertThat(hp.path("sagemaker_torch_distributed_enabled").asText()).isEqualTo("true");
        assertThat(hp.path("sagemaker_instance_type").asText()).isEqualTo("\"ml.g5.12xlarge\"");
    }

    @Test
    void tensorflowStrategies_addTheirSwitch_andParameterServerDropsTheDebuggerHook() {
        JsonNode mwms = launch("tensorflow", "ml.g5.xlarge", "us-east-1", "--distribution", "multi_worker_mirrored_strategy").json();
        assertThat(mwms.at("/HyperParameters/sagemaker_multi_worker_mirrored_strategy_enabled").asText()).isEqualTo("true");
        assertThat(mwms.has("DebugHookConfig")).isTrue();

        CliRun.Result ps = launch("tensorflow", "ml.p3.8xlarge", "us-east-1", "--distribution", "parameter_server");
        assertThat(ps.json().at("/HyperParameters/sagemaker_parameter_server_enabled").asText()).isEqualTo("true");
        assertThat(ps.json().has("DebugHookConfig")).isFalse();
        assertThat(ps.err()).contains("parameter_server on a multi-GPU instance runs one worker per host");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--framework-version=9.9                 | PyTorch version '9.9' is not in the SageMaker Python SDK's training images; choose one of 0.4.0, 1.0.0",
        "--framework-version=2.8.0,--py-version=py39 | PyTorch 2.8.0 has no py39 image; its Python versions: py312",
        "--framework-version=1.8.1               | PyTorch 1.8.1 has images for py3 and py36: choose one (--py-version)",
        "--distribution=parameter_server         | distribution parameter_server is for tensorflow; the framework is pytorch",
        "--distribution=horovod                  | unknown distribution 'horovod'; choose torch_distributed, multi_worker_mirrored_strategy, parameter_server",
        "--distribution=torch_distributed        | torch_distributed runs on GPU instances only; ml.m5.xlarge has no GPU",
        "--instance-type=ml.trn1.2xlarge         | those run the Neuron images, which sagedeck does not launch",
        "--region=mars-north-1                   | no PyTorch 2.8.0 training image is listed for region 'mars-north-1'; it is in af-south-1"})
    void badChoices_exit2_namingWhatIsValid(String options, String message) {
        List<String> extra = new ArrayList<>();
        String instanceType = "ml.m5.xlarge";
        String region = "us-east-1";
        for (String o : options.split(",")) {
            String[] kv = o.split("=", 2);
            if (kv[0].equals("--instance-type")) {
                instanceType = kv[1];
            } else if (kv[0].equals("--region")) {
                region = kv[1];
            } else {
                extra.addAll(List.of(kv));
            }
        }
        CliRun.Result r = launch("pytorch", instanceType, region, extra.toArray(new String[0]));

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains(message);
    }

    @Test
    void metricRules_goFirstInMetricDefinitions_beforeTheRoundLineDefaults() {
        JsonNode defs = launch("pytorch", "ml.m5.xlarge", "us-east-1", "--metric", "val_acc=val_acc: ([0-9.]+)")
                .json().at("/AlgorithmSpecification/MetricDefinitions");

        assertThat(defs.get(0).path("Name").asText()).isEqualTo("val_acc");
        assertThat(defs.get(0).path("Regex").asText()).isEqualTo("val_acc: ([0-9.]+)");
        assertThat(defs.get(1).path("Name").asText()).isEqualTo("train:logloss");
        assertThat(defs).hasSize(15);
    }

    @Test
    void badMetricRules_exit2_sayingWhatIsWrong() {
        CliRun.Result notRegex = launch("pytorch", "ml.m5.xlarge", "us-east-1", "--metric", "loss=loss: ([0-9.]+");
        assertThat(notRegex.code()).isEqualTo(2);
        assertThat(notRegex.err()).contains("--metric loss: 'loss: ([0-9.]+' is not a regular expression: Unclosed group");
        CliRun.Result noGroup = launch("pytorch", "ml.m5.xlarge", "us-east-1", "--metric", "loss=loss: [0-9.]+");
        assertThat(noGroup.err()).contains("needs a group in parentheses around the value");
        CliRun.Result noName = launch("pytorch", "ml.m5.xlarge", "us-east-1", "--metric", "loss");
        assertThat(noName.err()).contains("--metric 'loss' is not NAME=REGEX");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            many.addAll(List.of("--metric", "m" + i + "=m" + i + ": ([0-9.]+)"));
        }
        CliRun.Result tooMany = launch("pytorch", "ml.m5.xlarge", "us-east-1", many.toArray(new String[0]));
        assertThat(tooMany.code()).isEqualTo(2);
        assertThat(tooMany.err()).contains("41 --metric rules: SageMaker takes at most 40");
    }

    @Test
    void tensorflowOptionsOnXgboost_andMwmsBefore29_areRefused() {
        CliRun.Result xgb = launch("xgboost", "ml.m5.xlarge", "us-east-1", "--py-version", "py3");
        assertThat(xgb.code()).isEqualTo(2);
        assertThat(xgb.err()).contains("--py-version and --distribution are for the pytorch and tensorflow frameworks");
        CliRun.Result old = launch("tensorflow", "ml.g5.xlarge", "us-east-1", "--framework-version", "2.8.0",
                "--distribution", "multi_worker_mirrored_strategy");
        assertThat(old.code()).isEqualTo(2);
        assertThat(old.err()).contains("multi_worker_mirrored_strategy needs TensorFlow 2.9 or later; 2.8.0 was chosen");
        CliRun.Result legacy = launch("tensorflow", "ml.m5.xlarge", "us-east-1", "--framework-version", "1.10.0");
        assertThat(legacy.err()).contains("TensorFlow 1.10.0 supports only legacy mode");
    }
}
