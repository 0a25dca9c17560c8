package dev.sagedeck.cli;

import dev.sagedeck.domain.JobSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/** A job's {@link JobSettings} in {@code describe --json} and {@code jobs --json}: every key always there, null when not set. */
final class SettingsJson {
    private SettingsJson() {}

    static Map<String, Object> of(JobSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("environment", s.environment());
        m.put("maxRetries", s.maxRetries());
        m.put("keepAliveSeconds", s.keepAliveSeconds());
        m.put("subnets", s.subnets());
        m.put("securityGroups", s.securityGroups());
        m.put("volumeKmsKey", s.volumeKmsKey());
        m.put("outputKmsKey", s.outputKmsKey());
        m.put("networkIsolation", s.networkIsolation());
        m.put("checkpointS3Uri", s.checkpointUri());
        m.put("checkpointLocalPath", s.checkpointLocalPath());
        return m;
    }
}
