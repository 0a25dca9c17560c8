package dev.sagedeck.sagemaker;

/** The AWS services sagedeck calls, with the name their endpoint variable carries. */
enum AwsService {
    SAGEMAKER("SageMaker", "SAGEMAKER"),
    LOGS("CloudWatch Logs", "CLOUDWATCH_LOGS"),
    S3("S3", "S3"),
    STS("STS", "STS"),
    PRICING("Price List", "PRICING"),
    IAM("IAM", "IAM");

    private final String label;
    private final String envSuffix;

    AwsService(String label, String envSuffix) {
        this.label = label;
        this.envSuffix = envSuffix;
    }

    String label() {
        return label;
    }

    /** {@code AWS_ENDPOINT_URL_<SERVICE>}, the SDK's service-specific override variable. */
    String endpointVariable() {
        return "AWS_ENDPOINT_URL_" + envSuffix;
    }
}
