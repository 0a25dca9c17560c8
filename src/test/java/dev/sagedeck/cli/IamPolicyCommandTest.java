package dev.sagedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sagedeck iam-policy}: the policy an instructor attaches, checked statement by statement. */
class IamPolicyCommandTest {
    @TempDir
    Path tmp;

    private JsonNode policy(String... args) {
        List<String> all = new ArrayList<>(List.of("iam-policy"));
        all.addAll(List.of(args));
        CliRun.Result r = new CliRun(tmp.resolve("home")).run(all.toArray(String[]::new));
        assertThat(r.code()).as(r.toString()).isZero();
        return r.json();
    }

    private static JsonNode statement(JsonNode policy, String sid) {
        for (JsonNode s : policy.path("Statement")) {
            if (s.path("Sid").asText().equals(sid)) {
                return s;
            }
        }
        return null;
    }

    private static List<String> actions(JsonNode policy, String effect) {
        List<String> out = new ArrayList<>();
        policy.path("Statement").forEach(s -> {
            if (s.path("Effect").asText().equals(effect)) {
                s.path("Action").forEach(a -> out.add(a.asText()));
            }
        });
        return out;
    }

    @Test
    void createOnlyWithMyOwnerTag_stopOnlyMyJobs_andNeverRetagAColleaguesJob() {
        JsonNode p = policy("--bucket", "course-data", "--role-arn", "arn:aws:iam::123456789012:role/CourseSageMaker");

        assertThat(p.path("Version").asText()).isEqualTo("2012-10-17");
        JsonNode create = statement(p, "SagedeckCreateOnlyWithMyOwnerTag");
        assertThat(create.path("Action").toString()).contains("sagemaker:CreateTrainingJob").contains("sagemaker:AddTags");
        assertThat(create.path("Condition").path("StringEquals").path("aws:RequestTag/owner").asText()).isEqualTo("${aws:username}");
        assertThat(create.path("Condition").path("ForAllValues:StringEquals").path("aws:TagKeys").toString()).contains("\"owner\"");
        JsonNode stop = statement(p, "SagedeckStopOnlyMyJobs");
        assertThat(stop.path("Action").toString()).isEqualTo("[\"sagemaker:StopTrainingJob\"]");
        assertThat(stop.path("Condition").path("StringEquals").path("aws:ResourceTag/owner").asText()).isEqualTo("${aws:username}");
        JsonNode deny = statement(p, "SagedeckNeverRetagAColleaguesJob");
        assertThat(deny.path("Effect").asText()).isEqualTo("Deny");
        assertThat(statement(p, "SagedeckUploadToChosenBuckets").path("Resource").toString()).isEqualTo("[\"arn:aws:s3:::course-data/*\"]");
        JsonNode pass = statement(p, "SagedeckPassTheTrainingRole");
        assertThat(pass.path("Resource").toString()).contains("arn:aws:iam::123456789012:role/CourseSageMaker");
        assertThat(pass.path("Condition").path("StringEquals").path("iam:PassedToService").asText()).isEqualTo("sagemaker.amazonaws.com");
        assertThat(actions(p, "Allow")).contains("sagemaker:Search", "sagemaker:ListTags", "logs:GetLogEvents", "pricing:GetProducts",
                "sts:GetCallerIdentity", "s3:ListBucket", "s3:GetObject", "s3:PutObject", "iam:PassRole")
                .doesNotContain("sagemaker:DeleteTags", "s3:*", "sagemaker:*");
    }

    @Test
    void readOnly_grantsOnlyWhatSagedeckReads() {
        List<String> allowed = actions(policy("--read-only"), "Allow");

        assertThat(allowed).contains("sagemaker:DescribeTrainingJob", "logs:GetLogEvents", "s3:GetObject")
                .doesNotContain("sagemaker:CreateTrainingJob", "sagemaker:StopTrainingJob", "sagemaker:AddTags", "s3:PutObject",
                        "s3:DeleteObject", "iam:PassRole");
    }

    @Test
    void principalTag_namesTheOwnerForSsoAndRoleSessions() {
        JsonNode stop = statement(policy("--principal-tag", "student"), "SagedeckStopOnlyMyJobs");

        assertThat(stop.path("Condition").path("StringEquals").path("aws:ResourceTag/owner").asText()).isEqualTo("${aws:PrincipalTag/student}");
    }

    @Test
    void aBucketNameThatIsNotOne_isExit2() {
        CliRun.Result r = new CliRun(tmp.resolve("home")).run("iam-policy", "--bucket", "Not A Bucket\"}");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not an S3 bucket name");
        assertThat(r.out()).isEmpty();
    }
}
