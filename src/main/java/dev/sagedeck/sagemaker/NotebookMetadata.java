package dev.sagedeck.sagemaker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The metadata file SageMaker puts on notebook instances and Studio apps
 * ({@code /opt/ml/metadata/resource-metadata.json}): which resource we run on and, from its ARN,
 * the region. Reading it costs no call; the instance type and role need DescribeNotebookInstance.
 */
record NotebookMetadata(boolean present, String resourceName, String resourceArn, String executionRoleArn,
        boolean studio) {

    /** Where SageMaker writes the file. */
    static final Path DEFAULT_FILE = Path.of("/opt/ml/metadata/resource-metadata.json");

    static NotebookMetadata absent() {
        return new NotebookMetadata(false, null, null, null, false);
    }

    /** Reads {@code file}; a missing or unreadable file means "not on a notebook instance". */
    static NotebookMetadata read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return absent();
        }
        try {
            JsonNode n = new ObjectMapper().readTree(file.toFile());
            String name = text(n, "ResourceName");
            String arn = text(n, "ResourceArn");
            if (name == null && arn == null) {
                return absent();
            }
            return new NotebookMetadata(true, name, arn, text(n, "ExecutionRoleArn"), n.hasNonNull("DomainId"));
        } catch (IOException e) {
            return absent();
        }
    }

    /** The region: the fourth field of {@code arn:aws:sagemaker:<region>:<account>:...}. */
    Optional<String> region() {
        if (resourceArn == null) {
            return Optional.empty();
        }
        String[] parts = resourceArn.split(":", 6);
        return parts.length > 4 && !parts[3].isBlank() ? Optional.of(parts[3]) : Optional.empty();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
