package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.Wiring;
import dev.sagedeck.usecase.AllTrainingJobs;
import dev.sagedeck.cli.GlobalOptions;
import dev.sagedeck.domain.AwsStatus;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.NotebookInstance;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.testing.ScriptedAws;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root adds SageMaker when AWS is configured, and says why not when it is not. */
class WiringWithSageMakerTest {
    @TempDir
    Path home;
    private ScriptedAws aws;

    @BeforeEach
    void start() {
        aws = ScriptedAws.start();
        aws.sageMaker().addJob("alice-xgb-1").tag("owner", "alice");
        aws.sageMaker().addJob("bob-xgb-1").tag("owner", "bob");
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    private Map<String, String> env(boolean withAws) {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("SAGEDECK_HOME", home.resolve("state").toString());
        env.put("SAGEDECK_NOTEBOOK_METADATA", home.resolve("no-notebook.json").toString());
        env.put("SAGEDECK_OWNER", "alice");
        if (withAws) {
            env.putAll(AwsTestSupport.credentials());
            env.put("HOME", home.toString());
            env.put("AWS_REGION", "us-east-1");
            env.put("AWS_ENDPOINT_URL", aws.endpoint().toString());
        }
        return env;
    }

    @Test
    void configuredAws_addsTheSageMakerBackend_andMyJobsShowThroughThePort() {
        Wiring wiring = new Wiring(env(true));
        GlobalOptions options = new GlobalOptions();

        AllTrainingJobs all = wiring.backends(options);

        assertThat(all.active()).contains(Backend.SAGEMAKER);
        assertThat(all.list(JobScope.MINE)).extracting(TrainingJob::name).containsExactly("alice-xgb-1");
        AwsStatus status = wiring.aws(options).status();
        assertThat(status.configured()).isTrue();
        assertThat(status.region()).isEqualTo("us-east-1");
        assertThat(status.endpoint()).isEqualTo(aws.endpoint().toString());
        assertThat(wiring.aws(options)).as("one setup per process: one budget").isSameAs(wiring.aws(new GlobalOptions()));
        assertThat(wiring.aws(options).callerIdentity().get()).startsWith("arn:aws:sts::123456789012:");
    }

    @Test
    void noRegion_leavesSageMakerOut_withOneLineSayingWhy() {
        Map<String, String> env = env(true);
        env.remove("AWS_REGION");
        Wiring wiring = new Wiring(env);

        AllTrainingJobs all = wiring.backends(new GlobalOptions());

        assertThat(all.active()).doesNotContain(Backend.SAGEMAKER);
        AwsStatus status = wiring.aws(new GlobalOptions()).status();
        assertThat(status.configured()).isFalse();
        assertThat(status.problem()).startsWith("no AWS region: pass --region");
        assertThat(aws.requests()).isEmpty();
    }

    @Test
    void localOnly_neverTouchesAws() {
        GlobalOptions options = new GlobalOptions();
        options.localOnly = true;

        AllTrainingJobs all = new Wiring(env(true)).backends(options);

        assertThat(all.active()).doesNotContain(Backend.SAGEMAKER);
        assertThat(aws.requests()).isEmpty();
    }

    @Test
    void ownerSavedWhileRunning_takesEffectWithoutRestart() throws IOException {
        Map<String, String> env = env(true);
        env.remove("SAGEDECK_OWNER");
        Wiring wiring = new Wiring(env);
        AllTrainingJobs all = wiring.backends(new GlobalOptions());
        assertThat(all.list(JobScope.MINE)).isEmpty();

        Files.createDirectories(home.resolve("state"));
        wiring.settings().with("owner", "bob");

        assertThat(all.list(JobScope.MINE)).extracting(TrainingJob::name).containsExactly("bob-xgb-1");
    }

    @Test
    void onANotebookInstance_itsNameTypeAndRoleAreKnown_andPricesKnownWithoutACall() throws IOException {
        Map<String, String> env = env(true);
        Path meta = home.resolve("resource-metadata.json");
        Files.writeString(meta, "{\"ResourceArn\":\"arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/lab\","
                + "\"ResourceName\":\"lab\"}");
        env.put("SAGEDECK_NOTEBOOK_METADATA", meta.toString());
        aws.on("SageMaker.DescribeNotebookInstance", req -> ScriptedAws.Reply.ok(ScriptedAws.JSON.createObjectNode()
                .put("NotebookInstanceName", req.path("NotebookInstanceName").asText())
                .put("InstanceType", "ml.t3.medium").put("RoleArn", "arn:aws:iam::123456789012:role/LabRole")));
        AwsSetup setup = new Wiring(env).aws(new GlobalOptions());

        assertThat(setup.notebookInstance()).contains(
                new NotebookInstance("lab", "us-east-1", "ml.t3.medium", "arn:aws:iam::123456789012:role/LabRole"));
        setup.notebookInstance();
        assertThat(aws.count("DescribeNotebookInstance")).as("looked up once").isEqualTo(1);
        aws.clearRequests();
        assertThat(setup.knownPrices().get("ml.m5.large").source())
                .isEqualTo("approximate, list price as of 2025 (bundled, us-east-1)");
        assertThat(aws.requests()).isEmpty();
    }

    @Test
    void flagsReachTheConnection_regionAndEndpoint() {
        Map<String, String> env = env(true);
        env.remove("AWS_ENDPOINT_URL");
        env.remove("AWS_REGION");
        GlobalOptions options = new GlobalOptions();
        options.region = "eu-west-1";
        options.endpointUrl = aws.endpoint().toString();

        AwsStatus status = new Wiring(env).aws(options).status();

        assertThat(status.region()).isEqualTo("eu-west-1");
        assertThat(status.endpoint()).isEqualTo(aws.endpoint().toString());
    }
}
