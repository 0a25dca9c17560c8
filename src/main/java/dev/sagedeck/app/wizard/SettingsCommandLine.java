package dev.sagedeck.app.wizard;

import dev.sagedeck.domain.JobSettings;
import java.util.List;

/** The {@code launch} flags for a spec's {@link JobSettings}, for the review's "same run from a shell" line. */
final class SettingsCommandLine {
    private SettingsCommandLine() {}

    static void add(List<String> a, JobSettings s) {
        s.environment().forEach((k, v) -> pair(a, "--env", k + "=" + v));
        s.tags().forEach((k, v) -> pair(a, "--tag", k + "=" + v));
        if (s.maxRetries() != null) {
            pair(a, "--max-retries", s.maxRetries().toString());
        }
        if (s.keepAliveSeconds() != null) {
            pair(a, "--keep-alive", s.keepAliveSeconds().toString());
        }
        if (!s.subnets().isEmpty()) {
            pair(a, "--subnets", String.join(",", s.subnets()));
            pair(a, "--security-groups", String.join(",", s.securityGroups()));
        }
        if (s.volumeKmsKey() != null) {
            pair(a, "--volume-kms-key", s.volumeKmsKey());
        }
        if (s.outputKmsKey() != null) {
            pair(a, "--output-kms-key", s.outputKmsKey());
        }
        if (s.networkIsolation()) {
            a.add("--network-isolation");
        }
        s.distribution().forEach((ch, d) -> pair(a, "--data-distribution", ch + "=" + d));
        if (s.checkpointUri() != null) {
            pair(a, "--resume-checkpoints", s.checkpointUri());
        }
    }

    private static void pair(List<String> a, String flag, String value) {
        a.add(flag);
        a.add(WizardCommandLine.quote(value));
    }
}
