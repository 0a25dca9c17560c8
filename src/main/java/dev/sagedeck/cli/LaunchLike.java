package dev.sagedeck.cli;

import dev.sagedeck.app.wizard.CloneSpec;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.JobSettings;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.ScriptSpec;
import dev.sagedeck.domain.TrainingJob;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ParseResult;

/**
 * {@code launch --like JOB [overrides]}: the dashboard's clone of JOB ({@link CloneSpec}), then every
 * option given on this command line in its place, the rest as JOB had it.
 */
final class LaunchLike {
    private LaunchLike() {}

    static LaunchSpec spec(LaunchCommand c, TrainingJob job, String owner, Map<String, String> hps) {
        boolean resume = c.resumeCheckpoints != null;
        if (resume && c.resumeCheckpoints.isEmpty() && CloneSpec.checkpointsOf(job) == null) {
            throw new IllegalArgumentException("--resume-checkpoints: %s wrote no checkpoints (it had no CheckpointConfig); "
                    .formatted(job.name()) + "leave it out, or name a prefix: --resume-checkpoints s3://...");
        }
        Ownership me = c.wiringOwnership();
        LaunchSpec s = CloneSpec.of(job, me, Backend.SAGEMAKER, resume && c.resumeCheckpoints.isEmpty());
        ParseResult given = c.spec.commandLine().getParseResult();
        DataSpec d = s.data();
        if (given.hasMatchedOption("--train") || given.hasMatchedOption("--test") || given.hasMatchedOption("--preset")
                || given.hasMatchedOption("--label") || given.hasMatchedOption("--drop")) {
            String train = given.hasMatchedOption("--train") ? c.train : d.train();
            String preset = given.hasMatchedOption("--preset") || given.hasMatchedOption("--label") ? c.prep.chosenPreset(null) : d.preset();
            d = new DataSpec(train, given.hasMatchedOption("--test") ? c.test : d.test(), s.script() != null ? null : preset,
                    given.hasMatchedOption("--label") ? c.prep.label : d.label(),
                    given.hasMatchedOption("--drop") ? c.prep.drop : d.drop(), train == null ? d.sample() : null);
        }
        Map<String, String> merged = new LinkedHashMap<>(s.hyperParameters());
        merged.putAll(hps);
        ScriptSpec script = s.script();
        boolean scriptGiven = c.script != null || c.sourceDir != null || c.framework != null || c.frameworks.frameworkVersion != null
                || c.frameworks.pyVersion != null || c.frameworks.distribution != null || !c.metrics.definitions().isEmpty()
                || (script != null && given.hasMatchedOption("--image-version"));
        if (scriptGiven) {
            ScriptSpec was = script == null ? new ScriptSpec(null, null, "xgboost", null) : script;
            String version = c.frameworks.frameworkVersion != null ? c.frameworks.frameworkVersion
                    : given.hasMatchedOption("--image-version") ? c.imageVersion : was.frameworkVersion();
            script = new ScriptSpec(c.script != null ? c.script : was.entryPoint(), c.sourceDir != null ? c.sourceDir : was.sourceDir(),
                    c.framework != null ? c.framework : was.framework(), version,
                    c.frameworks.pyVersion != null ? c.frameworks.pyVersion : was.pyVersion(),
                    c.frameworks.distribution != null ? c.frameworks.distribution : was.distribution(),
                    c.metrics.definitions().isEmpty() ? was.metrics() : c.metrics.definitions());
            if (script.entryPoint() == null) {
                throw new IllegalArgumentException("--source-dir, --framework and the framework's options go with --script FILE; "
                        + "%s ran built-in XGBoost".formatted(job.name()));
            }
        }
        Resources r = s.resources();
        boolean spot = given.hasMatchedOption("--spot") ? c.spot : r.managedSpot();
        Resources res = new Resources(given.hasMatchedOption("--instance-type") ? c.instanceType : r.instanceType(),
                given.hasMatchedOption("--instance-count") ? c.instanceCount : r.instanceCount(),
                given.hasMatchedOption("--volume-size") ? c.volume : r.volumeGb(),
                given.hasMatchedOption("--max-runtime") ? c.maxRuntime : r.maxRuntimeSeconds(),
                spot, given.hasMatchedOption("--max-wait") ? c.maxWait : spot ? r.maxWaitSeconds() : 0);
        String imageVersion = given.hasMatchedOption("--image-version") ? c.imageVersion : s.imageVersion();
        LaunchSpec out = new LaunchSpec(Backend.SAGEMAKER, c.name, owner, d, merged, script, res,
                c.role != null ? c.role : s.roleArn(), c.output != null ? c.output : s.outputPath(),
                script == null ? imageVersion : null, c.budget != null ? c.budget : s.budgetUsd());
        return out.withSettings(settings(c, given, s.settings()));
    }

    /** The clone's settings with each one given here in its place (maps merge key by key). */
    private static JobSettings settings(LaunchCommand c, ParseResult given, JobSettings was) {
        JobSettings now = c.settings.settings();
        Map<String, String> env = new LinkedHashMap<>(was.environment());
        env.putAll(now.environment());
        Map<String, String> tags = new LinkedHashMap<>(was.tags());
        tags.putAll(now.tags());
        Map<String, String> dist = new LinkedHashMap<>(was.distribution());
        dist.putAll(now.distribution());
        String checkpoints = c.resumeCheckpoints != null && !c.resumeCheckpoints.isEmpty() ? c.resumeCheckpoints : was.checkpointUri();
        return new JobSettings(env, tags, now.maxRetries() != null ? now.maxRetries() : was.maxRetries(),
                now.keepAliveSeconds() != null ? now.keepAliveSeconds() : was.keepAliveSeconds(),
                given.hasMatchedOption("--subnets") ? now.subnets() : was.subnets(),
                given.hasMatchedOption("--security-groups") ? now.securityGroups() : was.securityGroups(),
                now.volumeKmsKey() != null ? now.volumeKmsKey() : was.volumeKmsKey(),
                now.outputKmsKey() != null ? now.outputKmsKey() : was.outputKmsKey(),
                given.hasMatchedOption("--network-isolation") ? now.networkIsolation() : was.networkIsolation(), checkpoints, null, dist);
    }
}
