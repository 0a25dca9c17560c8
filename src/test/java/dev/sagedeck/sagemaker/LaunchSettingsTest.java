package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagedeck.domain.JobSettings;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.port.BackendException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What else a CreateTrainingJob carries, in the dry-run request exactly as the SageMaker Python SDK
 * v2.257.6 sends it for the same estimator arguments (session.py _get_train_request, job.py
 * _prepare_resource_config / _prepare_output_config, estimator.py _get_train_args).
 */
class LaunchSettingsTest {
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

    static JobSettings settings(Map<String, String> env, Map<String, String> tags) {
        return new JobSettings(env, tags, 3, 600, List.of("subnet-0a1b", "subnet-0c2d"), List.of("sg-0123"),
                "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "alias/lesson-output", true, null, null, null);
    }

    @Test
    void everySetting_isInTheDryRunRequest_memberByMemberAsTheSdkSendsIt() throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("OMP_NUM_THREADS", "2");
        env.put("MODE", "lesson run");
        LaunchSpec spec = LaunchSpecs.builtIn("settings", OUT).withSettings(settings(env, Map.of("course", "ml101")))
                .withResources(new Resources("ml.m5.large", 1, 50, 3600, false, 0));

        JsonNode r = request(spec);

        assertThat(r.path("Environment").toString()).isEqualTo("{\"OMP_NUM_THREADS\":\"2\",\"MODE\":\"lesson run\"}");
        assertThat(r.path("RetryStrategy").toString()).isEqualTo("{\"MaximumRetryAttempts\":3}");
        assertThat(r.path("ResourceConfig").path("KeepAlivePeriodInSeconds").asInt()).isEqualTo(600);
        assertThat(r.path("ResourceConfig").path("VolumeSizeInGB").asInt()).isEqualTo(50);
        assertThat(r.path("ResourceConfig").path("VolumeKmsKeyId").asText()).endsWith(":key/1234abcd-12ab-34cd-56ef-1234567890ab");
        assertThat(r.path("OutputDataConfig").path("KmsKeyId").asText()).isEqualTo("alias/lesson-output");
        assertThat(r.path("OutputDataConfig").path("S3OutputPath").asText()).isEqualTo(OUT);
        assertThat(r.path("VpcConfig").toString())
                .isEqualTo("{\"SecurityGroupIds\":[\"sg-0123\"],\"Subnets\":[\"subnet-0a1b\",\"subnet-0c2d\"]}");
        assertThat(r.path("EnableNetworkIsolation").asBoolean()).isTrue();
        assertThat(r.path("Tags").toString()).startsWith("[{\"Key\":\"owner\",\"Value\":\"alice\"}")
                .endsWith("{\"Key\":\"course\",\"Value\":\"ml101\"}]");
        assertThat(r.has("CheckpointConfig")).as("no spot, no checkpoints asked for").isFalse();
    }

    @Test
    void withoutSettings_noneOfTheirMembersIsSent() throws Exception {
        JsonNode r = request(LaunchSpecs.builtIn("plain", OUT));

        for (String member : List.of("Environment", "RetryStrategy", "VpcConfig", "EnableNetworkIsolation", "CheckpointConfig")) {
            assertThat(r.has(member)).as(member).isFalse();
        }
        assertThat(r.path("ResourceConfig").has("KeepAlivePeriodInSeconds")).isFalse();
        assertThat(r.path("OutputDataConfig").has("KmsKeyId")).isFalse();
    }

    @Test
    void managedSpot_checkpointsToTheJobsOwnPrefix_byDefault() throws Exception {
        LaunchSpec spec = LaunchSpecs.with(LaunchSpecs.builtIn("spotty", OUT), new Resources("ml.m5.large", 1, 30, 3600, true, 7200));

        try (LaunchPlan plan = planner.plan(spec)) {
            JsonNode r = SdkJson.MAPPER.readTree(plan.requestJson());
            assertThat(r.path("CheckpointConfig").toString())
                    .isEqualTo("{\"S3Uri\":\"" + OUT + "/alice-spotty/checkpoints/\",\"LocalPath\":\"/opt/ml/checkpoints\"}");
            assertThat(r.path("EnableManagedSpotTraining").asBoolean()).isTrue();
            assertThat(plan.notes()).anyMatch(n -> n.startsWith("checkpoints: " + OUT + "/alice-spotty/checkpoints/"));
        }
    }

    @Test
    void resumingCheckpoints_pointsTheNewJobAtTheOldPrefix() throws Exception {
        String old = OUT + "/alice-spotty/checkpoints/";
        LaunchSpec spec = LaunchSpecs.with(LaunchSpecs.builtIn("spotty-2", OUT), new Resources("ml.m5.large", 1, 30, 3600, true, 7200))
                .withSettings(JobSettings.NONE.withCheckpointUri(old));

        JsonNode r = request(spec);

        assertThat(r.path("CheckpointConfig").path("S3Uri").asText()).isEqualTo(old);
        assertThat(r.path("CheckpointConfig").path("LocalPath").asText()).isEqualTo("/opt/ml/checkpoints");
    }

    @Test
    void scriptWithNetworkIsolation_getsItsCodeThroughTheCodeChannel_asTheSdkDoes() throws Exception {
        Path script = Files.writeString(tmp.resolve("train_xgboost.py"), "print(1)\n");
        LaunchSpec spec = LaunchSpecs.script("iso", OUT, script, null, "xgboost")
                .withSettings(new JobSettings(null, null, null, null, null, null, null, null, true, null, null, null));

        JsonNode r = request(spec);

        assertThat(r.path("HyperParameters").path("sagemaker_submit_directory").asText())
                .isEqualTo("\"/opt/ml/input/data/code/sourcedir.tar.gz\"");
        JsonNode channels = r.path("InputDataConfig");
        JsonNode code = channels.get(channels.size() - 1);
        assertThat(code.toString()).isEqualTo("{\"ChannelName\":\"code\",\"DataSource\":{\"S3DataSource\":{\"S3DataType\":\"S3Prefix\","
                + "\"S3Uri\":\"" + OUT + "/alice-iso/source/sourcedir.tar.gz\",\"S3DataDistributionType\":\"FullyReplicated\"}}}");
    }

    @Test
    void theOwnerTag_cannotBeOverridden_andSagedecksOwnTagsAreRefusedToo() {
        assertThatThrownBy(() -> planner.plan(LaunchSpecs.builtIn("x", OUT).withSettings(JobSettings.NONE.withTags(Map.of("owner", "bob")))))
                .isInstanceOf(BackendException.class).hasMessageContaining("--tag owner=...: 'owner' is the owner tag")
                .hasMessageContaining("cannot be overridden");
        assertThatThrownBy(() -> planner.plan(LaunchSpecs.builtIn("x", OUT).withSettings(JobSettings.NONE.withTags(Map.of("sagedeck:budget-usd", "0"))))).isInstanceOf(BackendException.class)
                .hasMessageContaining("keys starting with sagedeck: are sagedeck's own");
    }

    @Test
    void fiftyTagsWithSagedecksOwn_areTooMany_andTheMessageCountsBoth() {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < 48; i++) {
            tags.put("t" + i, "v");
        }
        assertThatThrownBy(() -> planner.plan(LaunchSpecs.builtIn("x", OUT).withSettings(JobSettings.NONE.withTags(tags))))
                .isInstanceOf(BackendException.class).hasMessageContaining("--tag: 48 tags with sagedeck's own")
                .hasMessageContaining("at most 50");
    }
}
