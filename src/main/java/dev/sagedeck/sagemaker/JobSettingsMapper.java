package dev.sagedeck.sagemaker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagedeck.domain.JobSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@link JobSettings} of a job as DescribeTrainingJob (or a Search record) reports them. */
final class JobSettingsMapper {
    private JobSettingsMapper() {}

    static JobSettings of(JsonNode d, Map<String, String> tags) {
        JsonNode rc = d.path("ResourceConfig");
        JsonNode vpc = d.path("VpcConfig");
        JsonNode cp = d.path("CheckpointConfig");
        Map<String, String> distribution = new LinkedHashMap<>();
        for (JsonNode c : d.path("InputDataConfig")) {
            String type = SageMakerJobMapper.text(c.path("DataSource").path("S3DataSource"), "S3DataDistributionType");
            if (JobSettings.SHARDED.equals(type)) {
                distribution.put(c.path("ChannelName").asText(), type);
            }
        }
        return new JobSettings(strings(d.path("Environment")), tags,
                integer(d.path("RetryStrategy").path("MaximumRetryAttempts")), integer(rc.path("KeepAlivePeriodInSeconds")),
                list(vpc.path("Subnets")), list(vpc.path("SecurityGroupIds")), SageMakerJobMapper.text(rc, "VolumeKmsKeyId"),
                SageMakerJobMapper.text(d.path("OutputDataConfig"), "KmsKeyId"), d.path("EnableNetworkIsolation").asBoolean(false),
                SageMakerJobMapper.text(cp, "S3Uri"), SageMakerJobMapper.text(cp, "LocalPath"), distribution);
    }

    private static Integer integer(JsonNode n) {
        return n.isNumber() ? n.asInt() : null;
    }

    private static List<String> list(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Map<String, String> strings(JsonNode obj) {
        Map<String, String> out = new LinkedHashMap<>();
        obj.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
