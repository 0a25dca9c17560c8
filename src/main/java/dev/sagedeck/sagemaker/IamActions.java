package dev.sagedeck.sagemaker;

import java.util.List;
import java.util.Optional;

/**
 * Every AWS operation sagedeck calls, once: the SDK's service and operation name (as the SDK's
 * execution attributes spell them) and the IAM action that allows it, grouped by what the
 * {@code iam-policy} statement grants. A test collects every operation the suite really makes and
 * fails when one is missing here, so the printed policy cannot drift from the code.
 */
public final class IamActions {
    private IamActions() {}

    /** Which statement of the policy grants an action. */
    public enum Grant {
        /** Listing, describing and searching training jobs, reading notebook metadata: everyone. */
        READ_JOBS,
        /** Training logs in CloudWatch Logs: everyone. */
        READ_LOGS,
        /** Hourly prices (Price List) and who am I (STS): everyone. */
        READ_OTHER,
        /** Objects in the chosen buckets: everyone (model download, the wizard's S3 browser). */
        READ_S3,
        /** Creating training jobs, only with my own owner tag. */
        CREATE_JOBS,
        /** Stopping training jobs, only those whose owner tag is mine. */
        STOP_JOBS,
        /** Creating hyperparameter tuning jobs, only with my own owner tag (SageMaker passes it to their training jobs). */
        CREATE_TUNING,
        /** Stopping hyperparameter tuning jobs, only those whose owner tag is mine. */
        STOP_TUNING,
        /** Uploading data and code to the chosen buckets, and removing what a refused launch uploaded. */
        WRITE_S3,
        /** Handing the training role to SageMaker, and reading it for the pre-launch check. */
        PASS_ROLE
    }

    /** One operation: the SDK's names, the IAM action, the statement that grants it. */
    public record Action(String sdkService, String sdkOperation, String iamAction, Grant grant) {
        /** "SageMaker:DescribeTrainingJob", the way the test records calls. */
        public String call() {
            return sdkService + ":" + sdkOperation;
        }
    }

    /** The whole list. */
    public static final List<Action> ALL = List.of(
            new Action("SageMaker", "ListTrainingJobs", "sagemaker:ListTrainingJobs", Grant.READ_JOBS),
            new Action("SageMaker", "Search", "sagemaker:Search", Grant.READ_JOBS),
            new Action("SageMaker", "DescribeTrainingJob", "sagemaker:DescribeTrainingJob", Grant.READ_JOBS),
            new Action("SageMaker", "ListTags", "sagemaker:ListTags", Grant.READ_JOBS),
            new Action("SageMaker", "DescribeNotebookInstance", "sagemaker:DescribeNotebookInstance", Grant.READ_JOBS),
            new Action("CloudWatchLogs", "DescribeLogStreams", "logs:DescribeLogStreams", Grant.READ_LOGS),
            new Action("CloudWatchLogs", "GetLogEvents", "logs:GetLogEvents", Grant.READ_LOGS),
            new Action("Pricing", "GetProducts", "pricing:GetProducts", Grant.READ_OTHER),
            new Action("STS", "GetCallerIdentity", "sts:GetCallerIdentity", Grant.READ_OTHER),
            new Action("S3", "ListObjectsV2", "s3:ListBucket", Grant.READ_S3),
            new Action("S3", "GetObject", "s3:GetObject", Grant.READ_S3),
            new Action("S3", "HeadObject", "s3:GetObject", Grant.READ_S3),
            new Action("SageMaker", "CreateTrainingJob", "sagemaker:CreateTrainingJob", Grant.CREATE_JOBS),
            // tags given to CreateTrainingJob are authorised as AddTags
            new Action("SageMaker", "CreateTrainingJob", "sagemaker:AddTags", Grant.CREATE_JOBS),
            new Action("SageMaker", "StopTrainingJob", "sagemaker:StopTrainingJob", Grant.STOP_JOBS),
            new Action("S3", "PutObject", "s3:PutObject", Grant.WRITE_S3),
            new Action("S3", "DeleteObject", "s3:DeleteObject", Grant.WRITE_S3),
            new Action("IAM", "GetRole", "iam:GetRole", Grant.PASS_ROLE),
            new Action("SageMaker", "CreateTrainingJob", "iam:PassRole", Grant.PASS_ROLE),
            new Action("SageMaker", "ListHyperParameterTuningJobs", "sagemaker:ListHyperParameterTuningJobs", Grant.READ_JOBS),
            new Action("SageMaker", "DescribeHyperParameterTuningJob", "sagemaker:DescribeHyperParameterTuningJob", Grant.READ_JOBS),
            new Action("SageMaker", "ListTrainingJobsForHyperParameterTuningJob", "sagemaker:ListTrainingJobsForHyperParameterTuningJob",
                    Grant.READ_JOBS),
            new Action("SageMaker", "CreateHyperParameterTuningJob", "sagemaker:CreateHyperParameterTuningJob", Grant.CREATE_TUNING),
            // tags given to CreateHyperParameterTuningJob are authorised as AddTags
            new Action("SageMaker", "CreateHyperParameterTuningJob", "sagemaker:AddTags", Grant.CREATE_TUNING),
            new Action("SageMaker", "CreateHyperParameterTuningJob", "iam:PassRole", Grant.PASS_ROLE),
            new Action("SageMaker", "StopHyperParameterTuningJob", "sagemaker:StopHyperParameterTuningJob", Grant.STOP_TUNING));

    /** The IAM actions a statement grants, each once, in list order. */
    public static List<String> of(Grant grant) {
        return ALL.stream().filter(a -> a.grant() == grant).map(Action::iamAction).distinct().toList();
    }

    /** The entry for a call as the SDK names it ("SageMaker:DescribeTrainingJob"), if sagedeck knows it. */
    public static Optional<Action> forCall(String call) {
        return ALL.stream().filter(a -> a.call().equalsIgnoreCase(call)).findFirst();
    }
}
