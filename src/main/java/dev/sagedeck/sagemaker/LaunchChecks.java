package dev.sagedeck.sagemaker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.CheckResult.Verdict;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The pre-submit checks: the plan itself (name, role ARN, output URI, instance count, spot timing),
 * then what only AWS knows: the role exists and trusts sagemaker.amazonaws.com, each S3 input has
 * objects we can read, the output prefix takes a write, the instance type trains, and the data fits
 * its memory. A check that cannot run (permission denied, say) is a WARN naming the call.
 */
final class LaunchChecks {
    private final AwsConnection aws;
    private final LaunchPlanner planner;
    private final S3Transfers s3;

    LaunchChecks(AwsConnection aws, LaunchPlanner planner) {
        this.aws = aws;
        this.planner = planner;
        this.s3 = new S3Transfers(aws);
    }

    List<CheckResult> check(LaunchSpec spec) {
        List<CheckResult> out = new ArrayList<>();
        LaunchPlan plan;
        try {
            plan = planner.plan(spec);
        } catch (BackendException e) {
            out.add(fail("request", e.getMessage()));
            return out;
        }
        try (plan) {
            out.add(pass("request", "%s: %d file(s) to upload, image %s".formatted(plan.jobName(), plan.uploads().size(),
                    plan.request().algorithmSpecification().trainingImage())));
            plan.notes().forEach(n -> out.add(pass("defaults", n)));
            plan.warnings().forEach(w -> out.add(warn("advice", w)));
            out.add(role(plan.request().roleArn()));
            for (var ch : plan.request().inputDataConfig()) {
                String uri = ch.dataSource().s3DataSource().s3Uri();
                boolean ours = plan.uploads().stream().anyMatch(u -> u.to().uri().startsWith(uri));
                out.add(ours ? pass("input " + ch.channelName(), "local file, uploaded to " + uri + " at launch")
                        : input(ch.channelName(), uri));
            }
            out.add(output(plan.request().outputDataConfig().s3OutputPath()));
            Resources r = spec.resources();
            out.add(instanceType(r.instanceType()));
            out.add(spot(r));
            out.add(memory(r.instanceType(), plan.dataBytes()));
        }
        return out;
    }

    CheckResult role(String arn) {
        String name = arn.substring(arn.lastIndexOf('/') + 1);
        try {
            Role role = aws.call(AwsConnection.Budget.CONTROL, AwsService.IAM, "GetRole",
                    () -> aws.iam().getRole(b -> b.roleName(name))).role();
            String policy = URLDecoder.decode(role.assumeRolePolicyDocument(), StandardCharsets.UTF_8);
            if (trustsSageMaker(SdkJson.MAPPER.readTree(policy))) {
                return pass("role", name + " exists and SageMaker may assume it");
            }
            return fail("role", name + " exists but its trust policy does not let sagemaker.amazonaws.com assume it "
                    + "(sts:AssumeRole); the job would fail to start. Add SageMaker to the role's trusted entities.");
        } catch (BackendException e) {
            if (e.kind() == Kind.DENIED) {
                return warn("role", "could not check " + name + ": " + e.getMessage());
            }
            if (e.getMessage().contains("NoSuchEntity") || e.kind() == Kind.NOT_FOUND) {
                return fail("role", "there is no IAM role named " + name + " in this account (" + arn + ")");
            }
            return warn("role", "could not check " + name + ": " + e.getMessage());
        } catch (java.io.IOException e) {
            return warn("role", "the trust policy of " + name + " is not readable JSON: " + e.getMessage());
        }
    }

    static boolean trustsSageMaker(JsonNode policy) {
        for (JsonNode st : policy.path("Statement").isArray() ? policy.path("Statement") : List.of(policy.path("Statement"))) {
            if (!"Allow".equals(st.path("Effect").asText())) {
                continue;
            }
            JsonNode service = st.path("Principal").path("Service");
            boolean sageMaker = service.isArray() ? contains(service, "sagemaker.amazonaws.com")
                    : "sagemaker.amazonaws.com".equals(service.asText());
            JsonNode action = st.path("Action");
            boolean assume = action.isArray() ? contains(action, "sts:AssumeRole") : "sts:AssumeRole".equals(action.asText());
            if (sageMaker && assume) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.asText())) {
                return true;
            }
        }
        return false;
    }

    CheckResult input(String channel, String uri) {
        String check = "input " + channel;
        S3Location at = S3Location.parse(uri, check);
        try {
            ListObjectsV2Response list = aws.call(AwsConnection.Budget.CONTROL, AwsService.S3, "ListObjectsV2",
                    () -> aws.s3().listObjectsV2(b -> b.bucket(at.bucket()).prefix(at.key()).maxKeys(20)));
            S3Object first = list.contents().stream().filter(o -> !o.key().endsWith("/")).findFirst().orElse(null);
            if (first == null) {
                return fail(check, "no S3 objects under " + uri + "; SageMaker would reject the job");
            }
            s3.size(new S3Location(at.bucket(), first.key()));
            return pass(check, uri + " has data (" + first.key() + ", " + Sizes.bytes(first.size()) + ") and it is readable");
        } catch (BackendException e) {
            if (e.getMessage().contains("NoSuchBucket")) {
                return fail(check, "bucket " + at.bucket() + " does not exist");
            }
            return warn(check, "could not check " + uri + ": " + e.getMessage());
        }
    }

    /** A real write: a tiny marker put and deleted again, as the only way to know PutObject is allowed. */
    CheckResult output(String uri) {
        S3Location marker = S3Location.parse(uri, "--output").child(".sagedeck-write-check-" + UUID.randomUUID());
        try {
            aws.call(AwsConnection.Budget.CONTROL, AwsService.S3, "PutObject",
                    () -> aws.s3().putObject(b -> b.bucket(marker.bucket()).key(marker.key()).ifNoneMatch("*"), RequestBody.empty()));
        } catch (BackendException e) {
            if (e.getMessage().contains("NoSuchBucket")) {
                return fail("output", "bucket " + marker.bucket() + " does not exist");
            }
            return warn("output", "could not write to " + uri + " (" + e.getMessage() + "); uploads would fail, "
                    + "though the job's role may still be allowed to write its model there");
        }
        try {
            s3.delete(marker);
        } catch (BackendException e) {
            return warn("output", uri + " is writable, but the check's marker " + marker + " could not be deleted: " + e.getMessage());
        }
        return pass("output", uri + " is writable");
    }

    static CheckResult instanceType(String type) {
        if (TrainingInstances.notebookOnly(type)) {
            return fail("instance type", type + " is a notebook instance type; SageMaker does not train on it (try ml.m5.large)");
        }
        if (!TrainingInstances.known(type)) {
            return warn("instance type", type + " is not in sagedeck's bundled list of training types; AWS decides");
        }
        return pass("instance type", type + " trains (" + TrainingInstances.memoryGib(type).orElseThrow() + " GiB memory)");
    }

    static CheckResult spot(Resources r) {
        if (!r.managedSpot()) {
            return pass("spot", "on-demand capacity");
        }
        long wait = r.maxWaitSeconds() > 0 ? r.maxWaitSeconds() : r.maxRuntimeSeconds();
        return wait >= r.maxRuntimeSeconds()
                ? pass("spot", "managed spot: max wait %d s >= max runtime %d s".formatted(wait, r.maxRuntimeSeconds()))
                : fail("spot", "max wait %d s is less than max runtime %d s".formatted(wait, r.maxRuntimeSeconds()));
    }

    /** XGBoost holds the whole matrix in memory; a CSV bigger than a third of memory risks running out. */
    static CheckResult memory(String type, long dataBytes) {
        if (dataBytes < 0) {
            return warn("memory", "the data is in S3; its size was not checked against " + type + "'s memory");
        }
        var gib = TrainingInstances.memoryGib(type);
        if (gib.isEmpty()) {
            return warn("memory", "memory of " + type + " unknown; data is " + Sizes.bytes(dataBytes));
        }
        double memory = gib.get() * (1L << 30);
        return dataBytes * 3 > memory
                ? warn("memory", "data is %s, more than a third of %s's %.0f GiB; training may run out of memory"
                        .formatted(Sizes.bytes(dataBytes), type, gib.get()))
                : pass("memory", "data is %s; %s has %.0f GiB".formatted(Sizes.bytes(dataBytes), type, gib.get()));
    }

    private static CheckResult pass(String name, String detail) {
        return new CheckResult(name, Verdict.PASS, detail);
    }

    private static CheckResult warn(String name, String detail) {
        return new CheckResult(name, Verdict.WARN, detail);
    }

    private static CheckResult fail(String name, String detail) {
        return new CheckResult(name, Verdict.FAIL, detail);
    }
}
