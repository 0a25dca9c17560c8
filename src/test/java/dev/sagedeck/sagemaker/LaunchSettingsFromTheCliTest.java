package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagedeck.cli.CliRun;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code launch --env/--tag/--max-retries/--keep-alive/--subnets/... } as a user types them, against moto_server. */
class LaunchSettingsFromTheCliTest {
    static final String KEY = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    @RegisterExtension
    final MotoAccount moto = MotoAccount.withBucket();

    private CliRun.Result run(List<String> args) {
        return moto.run(args.toArray(new String[0]));
    }

    private static List<String> launch(String... extra) {
        List<String> args = new ArrayList<>(List.of("launch", "--train", LaunchSpecs.TITANIC_TRAIN.toString(), "--role", LaunchSpecs.ROLE,
                "--output", LaunchOnMotoTest.OUT, "--num_round", "20"));
        args.addAll(List.of(extra));
        return args;
    }

    private static final String[] EVERY_SETTING = {"--env", "OMP_NUM_THREADS=2", "--env", "STAGE=lesson", "--tag", "course=ml101",
        "--max-retries", "2", "--keep-alive", "900", "--subnets", "subnet-0a1b,subnet-0c2d", "--security-groups", "sg-0123",
        "--volume-kms-key", KEY, "--output-kms-key", "alias/lesson-output", "--network-isolation", "--volume-size", "50"};

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--env=1BAD=x                        | --env '1BAD': a variable name is a letter or _",
        "--env=NOEQUALS                      | --env NOEQUALS: give KEY=VALUE",
        "--tag=owner=bob                     | --tag owner=...: 'owner' is the owner tag",
        "--tag=aws:team=x                    | --tag 'aws:team': the aws: prefix is reserved for AWS",
        "--tag=sagedeck:preset=csv           | keys starting with sagedeck: are sagedeck's own",
        "--tag=bad*key=x                     | --tag 'bad*key': a tag key is 1 to 128",
        "--max-retries=0                     | --max-retries 0: SageMaker retries a job 1 to 30 times",
        "--max-retries=31                    | --max-retries 31: SageMaker retries a job 1 to 30 times",
        "--keep-alive=21601                  | --keep-alive 21601: a warm pool is kept 0 to 21600 seconds",
        "--keep-alive=-1                     | --keep-alive -1: a warm pool is kept 0 to 21600 seconds",
        "--subnets=subnet-0a1b               | --subnets needs --security-groups too",
        "--security-groups=sg-1              | --security-groups needs --subnets too",
        "--volume-kms-key=my key             | --volume-kms-key 'my key': a KMS key ID, ARN or alias",
        "--output-kms-key=key#1              | --output-kms-key 'key#1': a KMS key ID, ARN or alias",
        "--volume-size=0                     | --volume-size 0: the storage volume is 1 to 16384 GB",
        "--data-distribution=train=Striped        | --data-distribution train='Striped': choose FullyReplicated",
        "--data-distribution=valid=ShardedByS3Key | --data-distribution valid=...: this job has no channel 'valid'; its channels: train",
        "--resume-checkpoints                | --resume-checkpoints without a prefix resumes the --like JOB's checkpoints",
        "--instance-count=1,1                | --instance-count names 1 twice; give each count once"})
    void aSettingOutsideSageMakersLimits_isExit2_namingTheFlag(String option, String message) {
        CliRun.Result r = run(launch("--dry-run", option));

        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(r.err().lines().count()).as(r.err()).isLessThanOrEqualTo(2);
    }

    @Test
    void seventeenSubnets_andSixSecurityGroups_areMoreThanSageMakerTakes() {
        String subnets = String.join(",", java.util.Collections.nCopies(17, "subnet-1"));
        CliRun.Result r = run(launch("--dry-run", "--subnets", subnets, "--security-groups", "sg-1"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--subnets: 17 subnets; SageMaker takes 1 to 16");
        CliRun.Result g = run(launch("--dry-run", "--subnets", "subnet-1", "--security-groups", "sg-1,sg-2,sg-3,sg-4,sg-5,sg-6"));
        assertThat(g.code()).isEqualTo(2);
        assertThat(g.err()).contains("--security-groups: 6 groups; SageMaker takes 1 to 5");
    }

    @Test
    void dryRun_showsEverySettingInTheRequest_andCreatesNothing() throws IOException {
        List<String> args = launch("--dry-run", "--json");
        args.addAll(List.of(EVERY_SETTING));
        CliRun.Result r = run(args);

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode req = new ObjectMapper().readTree(r.out());
        assertThat(req.path("Environment").path("OMP_NUM_THREADS").asText()).isEqualTo("2");
        assertThat(req.path("RetryStrategy").path("MaximumRetryAttempts").asInt()).isEqualTo(2);
        assertThat(req.path("ResourceConfig").path("KeepAlivePeriodInSeconds").asInt()).isEqualTo(900);
        assertThat(req.path("ResourceConfig").path("VolumeSizeInGB").asInt()).isEqualTo(50);
        assertThat(req.path("VpcConfig").path("Subnets").toString()).isEqualTo("[\"subnet-0a1b\",\"subnet-0c2d\"]");
        assertThat(req.path("EnableNetworkIsolation").asBoolean()).isTrue();
        assertThat(req.path("Tags").toString()).contains("{\"Key\":\"course\",\"Value\":\"ml101\"}");
        assertThat(moto.s3().keys(LaunchOnMotoTest.BUCKET)).isEmpty();
    }

    @Test
    void aLaunchedJob_hasItsSettings_whenMotosDescribeTrainingJobIsReadBack() throws IOException {
        List<String> args = launch("--name", "settings", "--spot", "--max-wait", "7200");
        args.addAll(List.of(EVERY_SETTING));
        CliRun.Result launched = run(args);
        assertThat(launched.code()).as(launched.err()).isZero();

        CliRun.Result d = run(List.of("describe", "alice-settings", "--json"));

        assertThat(d.code()).as(d.err()).isZero();
        JsonNode job = new ObjectMapper().readTree(d.out());
        JsonNode s = job.path("settings");
        assertThat(s.path("keepAliveSeconds").asInt()).isEqualTo(900);
        assertThat(s.path("subnets").toString()).isEqualTo("[\"subnet-0a1b\",\"subnet-0c2d\"]");
        assertThat(s.path("securityGroups").toString()).isEqualTo("[\"sg-0123\"]");
        assertThat(s.path("volumeKmsKey").asText()).isEqualTo(KEY);
        assertThat(s.path("outputKmsKey").asText()).isEqualTo("alias/lesson-output");
        assertThat(s.path("networkIsolation").asBoolean()).isTrue();
        assertThat(s.path("checkpointS3Uri").asText()).isEqualTo(LaunchOnMotoTest.OUT + "/alice-settings/checkpoints/");
        assertThat(s.path("checkpointLocalPath").asText()).isEqualTo("/opt/ml/checkpoints");
        assertThat(job.path("volumeGb").asInt()).isEqualTo(50);
        assertThat(job.path("tags").path("course").asText()).isEqualTo("ml101");
        assertThat(job.path("tags").path("owner").asText()).isEqualTo("alice");
        CliRun.Result text = run(List.of("describe", "alice-settings"));
        assertThat(text.out()).contains("Warm pool").contains("VPC:").contains("subnet-0a1b, subnet-0c2d")
                .contains("Checkpoints:").contains("/alice-settings/checkpoints/ <-> /opt/ml/checkpoints").contains("Network:");
    }
}
