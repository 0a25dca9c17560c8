package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagedeck.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code sagedeck launch / fetch-model / evaluate} as a user types them, against moto_server. */
class LaunchFromTheCliTest {
    @RegisterExtension
    final MotoAccount moto = MotoAccount.withBucket();

    private CliRun.Result run(String... args) {
        return moto.run(args);
    }

    /** The lesson's launch; an extra {@code --option=value} replaces the default of that option. */
    private String[] launch(String... extra) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("launch", "--train", LaunchSpecs.TITANIC_TRAIN.toString()));
        Map<String, String> defaults = new java.util.LinkedHashMap<>();
        defaults.put("--role", LaunchSpecs.ROLE);
        defaults.put("--output", LaunchOnMotoTest.OUT);
        for (String e : extra) {
            defaults.remove(e.contains("=") ? e.substring(0, e.indexOf('=')) : "");
        }
        defaults.forEach((k, v) -> args.add(k + "=" + v));
        args.addAll(java.util.List.of("--max_depth", "3", "--hp", "eta=0.1", "--num_round", "20"));
        args.addAll(java.util.List.of(extra));
        return args.toArray(new String[0]);
    }

    @Test
    void dryRunJson_isTheRequestAlone_andNothingIsUploadedOrCreated() throws IOException {
        CliRun.Result r = run(launch("--dry-run", "--json", "--name", "titanic-1"));

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode request = new ObjectMapper().readTree(r.out());
        assertThat(request.path("TrainingJobName").asText()).isEqualTo("alice-titanic-1");
        assertThat(request.path("HyperParameters").path("max_depth").asText()).isEqualTo("3");
        assertThat(request.path("HyperParameters").path("eta").asText()).isEqualTo("0.1");
        assertThat(r.err()).contains("s3://lesson-bucket/titanic/alice-titanic-1/input/train/train.csv");
        assertThat(moto.s3().keys(LaunchOnMotoTest.BUCKET)).isEmpty();
        assertThat(run("jobs", "--json").out()).doesNotContain("alice-titanic-1");
    }

    @Test
    void dryRun_tagsTheDataSizeForStallComparisons_andTheJobsOwnBudget() throws IOException {
        CliRun.Result r = run(launch("--dry-run", "--json", "--name", "titanic-3", "--budget", "5"));

        assertThat(r.code()).as(r.err()).isZero();
        Map<String, String> tags = new HashMap<>();
        new ObjectMapper().readTree(r.out()).path("Tags").forEach(t -> tags.put(t.path("Key").asText(), t.path("Value").asText()));
        assertThat(tags).containsEntry("sagedeck:data-bytes", Long.toString(Files.size(LaunchSpecs.TITANIC_TRAIN)))
                .containsEntry("sagedeck:budget-usd", "5.00").containsEntry("owner", "alice");
        assertThat(run(launch("--dry-run", "--budget", "-1")).err()).contains("--budget must be an amount in US dollars above 0");
    }

    @Test
    void launchFetchEvaluate_aBuiltInJobEndToEnd() throws IOException {
        CliRun.Result launched = run(launch("--name", "titanic-2"));
        assertThat(launched.code()).as(launched.err()).isZero();
        assertThat(launched.out().trim()).isEqualTo("alice-titanic-2");
        assertThat(launched.err()).contains("] 100%").contains("train.csv -> s3://lesson-bucket/titanic/alice-titanic-2/");
        assertThat(run("jobs").out()).contains("alice-titanic-2");
        moto.s3().put(LaunchOnMotoTest.BUCKET, "titanic/alice-titanic-2/output/model.tar.gz",
                MotoS3.modelArchive(ModelFetchOnMotoTest.FIXTURES.resolve("xgboost-model"), "xgboost-model"));

        CliRun.Result fetched = run("fetch-model", "alice-titanic-2", "--dir", moto.home().resolve("m").toString());
        assertThat(fetched.code()).as(fetched.err()).isZero();
        assertThat(fetched.out().trim()).isEqualTo(moto.home().resolve("m/xgboost-model").toString());

        CliRun.Result raw = run("evaluate", "alice-titanic-2", "--test", LaunchSpecs.TITANIC_TEST.toString(), "--json");
        CliRun.Result builtIn = run("evaluate", "alice-titanic-2", "--test",
                ModelFetchOnMotoTest.FIXTURES.resolve("titanic_test_builtin.csv").toString(), "--json");
        assertThat(raw.code()).as(raw.err()).isZero();
        assertThat(builtIn.code()).as(builtIn.err()).isZero();
        JsonNode a = new ObjectMapper().readTree(raw.out());
        assertThat(a.path("rows").asInt()).isEqualTo(178);
        assertThat(a.path("metrics").path("accuracy").asDouble())
                .isEqualTo(new ObjectMapper().readTree(builtIn.out()).path("metrics").path("accuracy").asDouble());
    }

    @Test
    void evaluatingAPickledModel_explainsTheFix() {
        assertThat(run(launch("--name", "pickled")).code()).isZero();
        moto.s3().put(LaunchOnMotoTest.BUCKET, "titanic/alice-pickled/output/model.tar.gz", uncheckedArchive("pickled-xgboost-model"));
        CliRun.Result r = run("evaluate", "alice-pickled", "--test", LaunchSpecs.TITANIC_TEST.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Python pickle").contains("save_model");
    }

    private static byte[] uncheckedArchive(String fixture) {
        try {
            return MotoS3.modelArchive(ModelFetchOnMotoTest.FIXTURES.resolve(fixture), "xgboost-model");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--output=bucket/prefix                  | is not a usable S3 URI: it does not start with s3://",
        "--name=my_job                           | an underscore",
        "--role=ExecutionRole                    | is not an IAM role ARN",
        "--instance-count=0                      | needs at least 1 instance",
        "--max-wait=60                           | --max-wait is for managed spot training",
        "--framework=sklearn                     | --framework goes with --script"})
    void badInput_exits2WithASpecificMessage(String option, String message) {
        CliRun.Result r = run(launch("--dry-run", option));
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains(message);
    }

    @Test
    void spotWithMaxWaitBelowRuntime_andMissingOutput_exit2() {
        CliRun.Result spot = run(launch("--spot", "--max-runtime", "3600", "--max-wait", "600"));
        assertThat(spot.code()).isEqualTo(2);
        assertThat(spot.err()).contains("--max-wait 600 s is less than --max-runtime 3600 s");
        CliRun.Result noOutput = run("launch", "--train", LaunchSpecs.TITANIC_TRAIN.toString(), "--role", LaunchSpecs.ROLE);
        assertThat(noOutput.code()).isEqualTo(2);
        assertThat(noOutput.err()).contains("no output location: pass --output s3://");
        assertThat(moto.s3().keys(LaunchOnMotoTest.BUCKET)).isEmpty();
    }
}
