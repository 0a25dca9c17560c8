package dev.sagedeck.app.view;

import dev.sagedeck.app.format.Formats;

import dev.sagedeck.domain.JobSettings;
import java.time.Duration;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What else a job carries ({@link JobSettings}) as labelled values, in one wording for the job
 * view's details, {@code describe} and the wizard's review. Tags are left out (they have their own
 * section); so is each channel's distribution, which the channel lines show.
 */
public final class SettingsFields {
    private SettingsFields() {}

    public static List<Map.Entry<String, String>> of(JobSettings s) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        if (!s.environment().isEmpty()) {
            StringJoiner env = new StringJoiner(", ");
            s.environment().forEach((k, v) -> env.add(k + "=" + v));
            out.add(new SimpleEntry<>("Environment", env.toString()));
        }
        if (s.maxRetries() != null) {
            out.add(new SimpleEntry<>("Retries", "up to " + s.maxRetries() + " after an internal error"));
        }
        if (s.keepAliveSeconds() != null) {
            out.add(new SimpleEntry<>("Warm pool", "kept " + Formats.duration(Duration.ofSeconds(s.keepAliveSeconds()))
                    + " after the job (billed while kept)"));
        }
        if (!s.subnets().isEmpty()) {
            out.add(new SimpleEntry<>("VPC", "subnets " + String.join(", ", s.subnets()) + "; security groups "
                    + String.join(", ", s.securityGroups())));
        }
        if (s.volumeKmsKey() != null) {
            out.add(new SimpleEntry<>("Volume key", s.volumeKmsKey()));
        }
        if (s.outputKmsKey() != null) {
            out.add(new SimpleEntry<>("Output key", s.outputKmsKey()));
        }
        if (s.networkIsolation()) {
            out.add(new SimpleEntry<>("Network", "isolated (no network access from the container)"));
        }
        if (s.checkpointUri() != null) {
            out.add(new SimpleEntry<>("Checkpoints", s.checkpointUri()
                    + (s.checkpointLocalPath() == null ? "" : " <-> " + s.checkpointLocalPath())));
        }
        return out;
    }
}
