package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import dev.sagedeck.port.TransferProgress;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Carries out a {@link LaunchPlan}: uploads, then CreateTrainingJob. Never destroys data: the name
 * must be free (DescribeTrainingJob answers "not found") and no object may exist at any upload key
 * before anything is uploaded, and each upload is conditional ({@code If-None-Match: *}), so a
 * colleague's or an earlier job's object is never overwritten. All or nothing: if an upload fails or
 * the service rejects the job, only the objects this attempt created are deleted, and the error says
 * so (or says where they still are when deleting failed too). A rejected job is never reported as started.
 */
final class SageMakerLaunches {
    private final AwsConnection aws;
    private final S3Transfers s3;
    private final LaunchPlanner planner;

    SageMakerLaunches(AwsConnection aws, LaunchPlanner planner) {
        this.aws = aws;
        this.s3 = new S3Transfers(aws);
        this.planner = planner;
    }

    LaunchPlanner planner() {
        return planner;
    }

    /**
     * Uploads a plan's files for a search (none may exist yet), then runs {@code create}, all or
     * nothing as a launch: a failed upload or a rejected {@code create} deletes what this attempt uploaded.
     */
    void uploadThen(LaunchPlan plan, String what, TransferProgress progress, Runnable create) {
        requireNoObjects(plan);
        List<S3Location> uploaded = upload(plan, what, "nothing", progress);
        try {
            create.run();
        } catch (BackendException e) {
            throw new BackendException(e.kind(), what + " was not created: " + e.getMessage() + cleanUp(uploaded), e);
        }
    }

    /** Launches {@code spec} and returns the job name. */
    String launch(LaunchSpec spec, TransferProgress progress) {
        try (LaunchPlan plan = planner.plan(spec)) {
            requireFreeName(plan.jobName());
            requireNoObjects(plan);
            List<S3Location> uploaded = upload(plan, plan.jobName(), "no job", progress);
            try {
                aws.call(AwsConnection.Budget.CONTROL, AwsService.SAGEMAKER, "CreateTrainingJob",
                        () -> aws.sageMaker().createTrainingJob(plan.request()));
            } catch (BackendException e) {
                BackendException why = rejected(plan, e);
                throw new BackendException(why.kind(), why.getMessage() + cleanUp(uploaded), e);
            }
            return plan.jobName();
        }
    }

    /** Uploads the plan's files, all or none: a failed upload deletes what this attempt uploaded and says {@code nothing} was created. */
    private List<S3Location> upload(LaunchPlan plan, String what, String nothing, TransferProgress progress) {
        List<S3Location> uploaded = new ArrayList<>();
        try {
            for (LaunchPlan.Upload u : plan.uploads()) {
                s3.uploadNew(u.file(), u.to(), u.contentType(), progress);
                uploaded.add(u.to());
            }
        } catch (BackendException e) {
            throw new BackendException(e.kind(), "uploading for " + what + " failed, so " + nothing + " was created: "
                    + e.getMessage() + cleanUp(uploaded), e);
        }
        return uploaded;
    }

    /** Refuses, before any upload, a name SageMaker already knows: the rollback would otherwise touch that job's files. */
    private void requireFreeName(String name) {
        try {
            aws.call(AwsConnection.Budget.CONTROL, AwsService.SAGEMAKER, "DescribeTrainingJob",
                    () -> aws.sageMaker().describeTrainingJob(b -> b.trainingJobName(name)));
        } catch (BackendException e) {
            if (JobDescriptions.notFoundIfMissing(e, name).kind() == Kind.NOT_FOUND) {
                return;
            }
            throw new BackendException(e.kind(), name + " was not created: could not check that the name is free, so "
                    + "nothing was uploaded: " + e.getMessage(), e);
        }
        throw new BackendException(Kind.CONFLICT, nameTaken(name));
    }

    /** Refuses, before any upload, when any key the launch would write already holds an object. */
    private void requireNoObjects(LaunchPlan plan) {
        for (LaunchPlan.Upload u : plan.uploads()) {
            if (s3.size(u.to()) >= 0) {
                throw new BackendException(Kind.CONFLICT, ("%s was not created: %s already exists and sagedeck never "
                        + "overwrites an object; nothing was uploaded. Choose another --name or --output.")
                        .formatted(plan.jobName(), u.to()));
            }
        }
    }

    private static String nameTaken(String name) {
        return ("%s was not created: a training job with that name already exists in this account and region (names "
                + "are never reused, even after the job ends); choose another --name.").formatted(name);
    }

    /** What the user should know and do about a rejected CreateTrainingJob. */
    static BackendException rejected(LaunchPlan plan, BackendException e) {
        String code = e.getCause() instanceof SdkException sdk ? AwsErrors.code(sdk) : null;
        String said = e.getCause() instanceof SdkException sdk ? AwsErrors.message(sdk) : e.getMessage();
        String name = plan.jobName();
        String type = plan.request().resourceConfig().instanceTypeAsString();
        if ("ResourceLimitExceeded".equals(code)) {
            return new BackendException(Kind.FAILED, ("%s was not created: the account's limit for %s training is reached "
                    + "(AWS: %s). Wait for one of your jobs to end, choose another --instance-type, or ask for a quota "
                    + "increase in Service Quotas.").formatted(name, type, said), e);
        }
        if ("ResourceInUse".equals(code)) {
            return new BackendException(Kind.CONFLICT, nameTaken(name), e);
        }
        if ("ValidationException".equals(code)) {
            String hint = said.contains("No S3 objects found") ? " Check that the training data URI names an existing prefix." : "";
            return new BackendException(Kind.INVALID, "%s was not created: AWS rejected the request: %s.%s"
                    .formatted(name, said, hint), e);
        }
        return new BackendException(e.kind(), name + " was not created: " + e.getMessage(), e);
    }

    /** Deletes what this attempt created (never anything else) for a job that does not exist, and says so. */
    private String cleanUp(List<S3Location> uploaded) {
        if (uploaded.isEmpty()) {
            return " Nothing had been uploaded.";
        }
        List<S3Location> left = new ArrayList<>();
        for (S3Location at : uploaded) {
            try {
                s3.delete(at);
            } catch (BackendException e) {
                left.add(at);
            }
        }
        if (left.isEmpty()) {
            return " The %d file(s) uploaded for it were deleted again.".formatted(uploaded.size());
        }
        StringBuilder out = new StringBuilder(" %d of the %d uploaded file(s) could not be deleted and are still in S3:"
                .formatted(left.size(), uploaded.size()));
        left.forEach(l -> out.append(' ').append(l.uri()));
        return out.toString();
    }
}
