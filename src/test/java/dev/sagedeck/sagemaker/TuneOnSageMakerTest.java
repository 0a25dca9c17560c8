package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagedeck.cli.CliRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code sagedeck tune} without --local: a SageMaker hyperparameter tuning job, through the real SDK against moto_server. */
class TuneOnSageMakerTest {
    @RegisterExtension
    final MotoAccount moto = MotoAccount.withBucket();

    private CliRun.Result tune(String... extra) {
        List<String> args = new ArrayList<>(List.of("tune", "--train", LaunchSpecs.TITANIC_TRAIN.toString(), "--test",
                LaunchSpecs.TITANIC_TEST.toString(), "--role", LaunchSpecs.ROLE, "--output", LaunchOnMotoTest.OUT,
                "--range", "max_depth=3:9", "--range", "eta=0.01:0.3:log", "--values", "booster=gbtree,dart",
                "--objective", "validation:auc", "--max-jobs", "20", "--max-parallel", "4", "--early-stopping", "auto",
                "--num_round", "50", "--name", "search-1"));
        args.addAll(List.of(extra));
        return moto.run(args.toArray(new String[0]));
    }

    @Test
    void dryRunJson_isTheCreateHyperParameterTuningJobRequest_withTheOwnerTag_theCeilingAndTheExpectedTime() {
        CliRun.Result r = tune("--dry-run", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode out = r.json();
        JsonNode req = out.path("request");
        assertThat(req.path("HyperParameterTuningJobName").asText()).isEqualTo("alice-search-1");
        JsonNode config = req.path("HyperParameterTuningJobConfig");
        assertThat(config.path("Strategy").asText()).isEqualTo("Bayesian");
        assertThat(config.path("HyperParameterTuningJobObjective").path("Type").asText()).isEqualTo("Maximize");
        assertThat(config.path("HyperParameterTuningJobObjective").path("MetricName").asText()).isEqualTo("validation:auc");
        assertThat(config.path("ResourceLimits").path("MaxNumberOfTrainingJobs").asInt()).isEqualTo(20);
        assertThat(config.path("ResourceLimits").path("MaxParallelTrainingJobs").asInt()).isEqualTo(4);
        assertThat(config.path("TrainingJobEarlyStoppingType").asText()).isEqualTo("Auto");
        JsonNode ranges = config.path("ParameterRanges");
        assertThat(ranges.path("IntegerParameterRanges").get(0).toString())
                .isEqualTo("{\"Name\":\"max_depth\",\"MinValue\":\"3\",\"MaxValue\":\"9\",\"ScalingType\":\"Auto\"}");
        assertThat(ranges.path("ContinuousParameterRanges").get(0).toString())
                .isEqualTo("{\"Name\":\"eta\",\"MinValue\":\"0.01\",\"MaxValue\":\"0.3\",\"ScalingType\":\"Logarithmic\"}");
        assertThat(ranges.path("CategoricalParameterRanges").get(0).toString()).isEqualTo("{\"Name\":\"booster\",\"Values\":[\"gbtree\",\"dart\"]}");
        JsonNode def = req.path("TrainingJobDefinition");
        JsonNode statics = def.path("StaticHyperParameters");
        assertThat(statics.path("eval_metric").asText()).isEqualTo("auc");
        assertThat(statics.path("num_round").asText()).isEqualTo("50");
        assertThat(statics.has("max_depth") || statics.has("eta") || statics.has("booster")).isFalse();
        assertThat(def.path("AlgorithmSpecification").path("TrainingImage").asText()).contains("sagemaker-xgboost");
        assertThat(def.path("RoleArn").asText()).isEqualTo(LaunchSpecs.ROLE);
        assertThat(def.path("StoppingCondition").path("MaxRuntimeInSeconds").asInt()).isEqualTo(3600);
        assertThat(def.path("InputDataConfig").findValuesAsText("ChannelName")).containsExactly("train", "validation");
        assertThat(req.path("Tags").toString()).contains("{\"Key\":\"owner\",\"Value\":\"alice\"}");
        // expected wall: ceil(20 jobs / 4 at once) = 5 rounds of one job's estimated 300 s
        assertThat(out.path("expectedWallSeconds").asLong()).isEqualTo(5 * 300);
        assertThat(out.path("ceilingHow").asText()).satisfiesAnyOf(
                how -> assertThat(how).startsWith("20 jobs x 3600 s max runtime x $"),
                how -> assertThat(how).startsWith("unknown: no price known for ml.m5.large"));
        if (!out.path("ceilingUsd").isNull()) {
            double perHour = Double.parseDouble(out.path("ceilingHow").asText().replaceAll(".*x \\$([0-9.]+)/h.*", "$1"));
            assertThat(out.path("ceilingUsd").asDouble()).isCloseTo(20 * perHour, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(moto.s3().keys(LaunchOnMotoTest.BUCKET)).isEmpty();
    }

    @Test
    void aTuningJob_isCreated_describedWithItsRanges_andListedAsMine() {
        CliRun.Result r = tune("--json");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.json().path("name").asText()).isEqualTo("alice-search-1");
        assertThat(moto.s3().keys(LaunchOnMotoTest.BUCKET)).anyMatch(k -> k.startsWith("titanic/alice-search-1/input/train/"));

        JsonNode d = moto.run("describe", "alice-search-1", "--json").json();
        assertThat(d.path("kind").asText()).isEqualTo("tuning");
        assertThat(d.path("where").asText()).isEqualTo("sagemaker");
        assertThat(d.path("strategy").asText()).isEqualTo("Bayesian");
        assertThat(d.path("objective").path("metric").asText()).isEqualTo("validation:auc");
        assertThat(d.path("owner").asText()).isEqualTo("alice");
        List<String> ranges = new ArrayList<>();
        d.path("ranges").forEach(x -> ranges.add(x.asText()));
        assertThat(ranges).containsExactly("--range max_depth=3:9", "--range eta=0.01:0.3:log", "--values booster=gbtree,dart");
        assertThat(d.path("maxJobs").asInt()).isEqualTo(20);

        JsonNode listed = moto.run("jobs", "--tuning", "--json").json();
        assertThat(listed.findValuesAsText("name")).contains("alice-search-1");
    }

    @Test
    void aNameLongerThanSageMakersLimitForTuningJobs_isRefusedBeforeAnythingIsSent() {
        CliRun.Result r = moto.run("tune", "--train", LaunchSpecs.TITANIC_TRAIN.toString(), "--role", LaunchSpecs.ROLE,
                "--output", LaunchOnMotoTest.OUT, "--range", "max_depth=3:9", "--name", "a-search-name-far-too-long-for-sagemaker", "--dry-run");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is too long: 40 > 32 characters (SageMaker's limit for tuning jobs)");
    }
}
