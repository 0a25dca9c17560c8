package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.NotebookInstance;
import dev.sagedeck.port.BackendException;
import java.util.Optional;
import software.amazon.awssdk.services.sagemaker.model.DescribeNotebookInstanceResponse;

/**
 * Recognises that sagedeck runs on a SageMaker notebook instance and looks up what the lesson logs
 * with every timing: its instance type, and its execution role (the default role for launches).
 */
final class NotebookInstances {
    private NotebookInstances() {}

    /**
     * The notebook instance from its metadata file, completed by DescribeNotebookInstance. When that
     * call fails (no permission, say) the name and region are still known; type and role are null.
     */
    static Optional<NotebookInstance> detect(NotebookMetadata meta, AwsConnection aws) {
        if (!meta.present()) {
            return Optional.empty();
        }
        String region = meta.region().orElse(aws == null ? null : aws.region());
        String name = meta.resourceName();
        if (meta.studio() || aws == null || name == null) {
            // Studio apps have no notebook instance to describe; the file may still name the role
            return Optional.of(new NotebookInstance(name, region, null, meta.executionRoleArn()));
        }
        try {
            DescribeNotebookInstanceResponse r = aws.call(AwsConnection.Budget.CONTROL, AwsService.SAGEMAKER,
                    "DescribeNotebookInstance", () -> aws.sageMaker().describeNotebookInstance(b -> b.notebookInstanceName(name)));
            String role = meta.executionRoleArn() != null ? meta.executionRoleArn() : r.roleArn();
            return Optional.of(new NotebookInstance(name, region, r.instanceTypeAsString(), role));
        } catch (BackendException e) {
            return Optional.of(new NotebookInstance(name, region, null, meta.executionRoleArn()));
        }
    }
}
