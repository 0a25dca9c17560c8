package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.CheckResult.Verdict;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.testing.MotoServer;
import dev.sagedeck.testing.ScriptedAws;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;

/** The pre-submit checks, each PASS / WARN / FAIL with its reason: IAM and S3 on moto, a denied GetRole scripted. */
class LaunchChecksTest {
    private static final String TRUST_SAGEMAKER = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"sagemaker.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    private static final String TRUST_EC2 = TRUST_SAGEMAKER.replace("sagemaker", "ec2");

    private AwsConnection connection;
    private MotoS3 s3;
    private IamClient iam;

    @BeforeEach
    void start() {
        MotoServer.reset();
        connection = AwsTestSupport.connect(MotoServer.endpoint());
        s3 = new MotoS3(MotoServer.endpoint());
        s3.bucket(LaunchOnMotoTest.BUCKET);
        iam = IamClient.builder().endpointOverride(MotoServer.endpoint()).region(Region.AWS_GLOBAL)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterEach
    void stop() {
        connection.close();
        s3.close();
        iam.close();
    }

    private String role(String name, String trust) {
        return iam.createRole(b -> b.roleName(name).path("/service-role/").assumeRolePolicyDocument(trust)).role().arn();
    }

    private static Map<String, CheckResult> byName(List<CheckResult> results) {
        Map<String, CheckResult> out = new java.util.LinkedHashMap<>();
        results.forEach(r -> out.putIfAbsent(r.name(), r));
        return out;
    }

    private List<CheckResult> check(AwsConnection c, LaunchSpec spec) {
        return AwsTestSupport.jobs(c).planning().check(spec);
    }

    @Test
    void goodLaunch_passesEveryCheck() {
        String arn = role("SageMakerExec", TRUST_SAGEMAKER);
        Map<String, CheckResult> r = byName(check(connection, LaunchSpecs.withRole(LaunchSpecs.builtIn(null, LaunchOnMotoTest.OUT), arn)));
        assertThat(r.values()).allSatisfy(c -> assertThat(c.verdict()).as(c.toString()).isEqualTo(Verdict.PASS));
        assertThat(r).containsKeys("request", "role", "input train", "output", "instance type", "spot", "memory");
        assertThat(r.get("role").detail()).isEqualTo("SageMakerExec exists and SageMaker may assume it");
        assertThat(s3.keys(LaunchOnMotoTest.BUCKET)).isEmpty(); // the write probe cleaned up, nothing uploaded
    }

    @Test
    void roleMissingOrNotTrustingSageMaker_fails() {
        Map<String, CheckResult> missing = byName(check(connection, LaunchSpecs.builtIn(null, LaunchOnMotoTest.OUT)));
        assertThat(missing.get("role").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(missing.get("role").detail()).contains("there is no IAM role named AmazonSageMaker-ExecutionRole-Test");
        String ec2 = role("Ec2Only", TRUST_EC2);
        CheckResult untrusted = byName(check(connection, LaunchSpecs.withRole(LaunchSpecs.builtIn(null, LaunchOnMotoTest.OUT), ec2))).get("role");
        assertThat(untrusted.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(untrusted.detail()).contains("does not let sagemaker.amazonaws.com assume it");
    }

    @Test
    void emptyS3Input_missingOutputBucket_notebookInstanceType_fail() {
        LaunchSpec spec = LaunchSpecs.with(LaunchSpecs.withTrain(LaunchSpecs.builtIn(null, "s3://no-such-bucket-x/out"),
                "s3://lesson-bucket/nothing-here/"), new Resources("ml.t3.medium", 1, 30, 3600, false, 0));
        Map<String, CheckResult> r = byName(check(connection, spec));
        assertThat(r.get("input train").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.get("input train").detail()).contains("no S3 objects under s3://lesson-bucket/nothing-here/");
        assertThat(r.get("output").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.get("output").detail()).contains("bucket no-such-bucket-x does not exist");
        assertThat(r.get("instance type").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.get("memory").verdict()).isEqualTo(Verdict.WARN); // data in S3: size not checked
    }

    @Test
    void s3InputWithData_passesAsReadable() {
        s3.put(LaunchOnMotoTest.BUCKET, "prepared/train/train.csv", "1,3,0,22\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        CheckResult input = byName(check(connection, LaunchSpecs.withTrain(LaunchSpecs.builtIn(null, LaunchOnMotoTest.OUT),
                "s3://lesson-bucket/prepared/train/"))).get("input train");
        assertThat(input.verdict()).isEqualTo(Verdict.PASS);
        assertThat(input.detail()).contains("prepared/train/train.csv").contains("readable");
    }

    @Test
    void badRequest_isOneFailNamingTheProblem() {
        List<CheckResult> r = check(connection, LaunchSpecs.with(LaunchSpecs.builtIn(null, LaunchOnMotoTest.OUT),
                new Resources("ml.m5.large", 1, 30, 3600, true, 60)));
        assertThat(r).singleElement().satisfies(c -> {
            assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(c.detail()).contains("--max-wait 60 s is less than --max-runtime 3600 s");
        });
    }

    @Test
    void getRoleDenied_isAWarnNotAFail() {
        try (ScriptedAws denied = ScriptedAws.start()) {
            // IAM speaks the query protocol; the scripted endpoint files such requests under "STS.<Action>"
            denied.on("STS.GetRole", req -> new ScriptedAws.Reply(403, "<ErrorResponse><Error><Type>Sender</Type>"
                    + "<Code>AccessDenied</Code><Message>User alice is not authorized to perform: iam:GetRole</Message>"
                    + "</Error></ErrorResponse>", "text/xml"));
            Map<String, String> env = AwsTestSupport.credentials();
            env.put("AWS_ENDPOINT_URL", MotoServer.endpoint().toString());
            env.put("AWS_ENDPOINT_URL_IAM", denied.endpoint().toString());
            try (AwsConnection c = AwsConnection.open(new AwsOptions(null, "us-east-1", null, env), AwsTestSupport.PATIENT)) {
                CheckResult r = byName(check(c, LaunchSpecs.builtIn(null, LaunchOnMotoTest.OUT))).get("role");
                assertThat(r.verdict()).isEqualTo(Verdict.WARN);
                assertThat(r.detail()).contains("could not check AmazonSageMaker-ExecutionRole-Test").contains("not authorized to perform: iam:GetRole");
            }
        }
    }
}
