package dev.sagedeck.sagemaker;

import dev.sagedeck.data.Samples;

import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.JobNames;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.ScriptSpec;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.S3DataDistribution;
import software.amazon.awssdk.services.sagemaker.model.S3DataType;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.TrainingInputMode;

/**
 * Turns a {@link LaunchSpec} into a {@link LaunchPlan}: checks every field a user can get wrong
 * (name, role ARN, output URI, instance count, spot timing), prepares the data or packs the code,
 * and builds the CreateTrainingJob request. Makes no AWS call, so a dry run costs nothing.
 *
 * <p>S3 layout, all under the output path: {@code <out>/<job>/input/train/train.csv} (and
 * {@code validation/}, {@code preprocessing.json}), {@code <out>/<job>/source/sourcedir.tar.gz};
 * SageMaker itself writes {@code <out>/<job>/output/model.tar.gz}.
 */
final class LaunchPlanner {
    static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");
    static final long FIFTY_GB = 50L << 30;

    private final String region;
    private final Supplier<Ownership> me;
    private final Supplier<String> defaultRole;
    private final Clock clock;

    LaunchPlanner(String region, Supplier<Ownership> me, Supplier<String> defaultRole, Clock clock) {
        this.region = region;
        this.me = me;
        this.defaultRole = defaultRole;
        this.clock = clock;
    }

    LaunchPlan plan(LaunchSpec spec) {
        Ownership owner = owner(spec);
        String role = role(spec);
        S3Location output = outputPath(spec);
        Resources r = resources(spec.resources());
        dev.sagedeck.domain.JobSettingsRules.problem(spec.settings(), owner.tagKey()).ifPresent(p -> {
            throw invalid(p);
        });
        String name = name(spec, owner);
        S3Location jobRoot = output.child(name);
        List<String> notes = new ArrayList<>();
        Path work = workDir();
        try {
            spec = withSampleFiles(spec, work);
            CreateTrainingJobRequest.Builder request = CreateTrainingJobRequest.builder()
                    .trainingJobName(name)
                    .roleArn(role)
                    .outputDataConfig(o -> o.s3OutputPath(output.uri()))
                    .resourceConfig(c -> c.instanceType(r.instanceType()).instanceCount(r.instanceCount())
                            .volumeSizeInGB(r.volumeGb()))
                    .stoppingCondition(s -> {
                        s.maxRuntimeInSeconds((int) r.maxRuntimeSeconds());
                        if (r.managedSpot()) {
                            s.maxWaitTimeInSeconds((int) r.maxWaitSeconds());
                        }
                    });
            if (r.managedSpot()) {
                request.enableManagedSpotTraining(true);
            }
            List<LaunchPlan.Upload> uploads = new ArrayList<>();
            if (spec.script() == null) {
                BuiltInLaunch.plan(spec, region, jobRoot, work, request, uploads, notes);
            } else {
                ScriptLaunch.plan(spec, name, region, jobRoot, work, request, uploads, notes);
            }
            long dataBytes = dataBytes(spec.data());
            request.tags(tags(spec, owner, dataBytes));
            List<String> warnings = new ArrayList<>();
            if (r.instanceCount() > 1 && dataBytes >= 0 && dataBytes < FIFTY_GB) {
                warnings.add("%d instances for %s of data: XGBoost on less than 50 GB trains as fast on one instance, "
                        .formatted(r.instanceCount(), Sizes.bytes(dataBytes)) + "and every extra instance is billed");
            }
            CreateTrainingJobRequest planned = request.build();
            ChannelShards.apply(spec, r.instanceCount(), planned.inputDataConfig(), uploads, work, notes);
            CreateTrainingJobRequest built = SdkDebuggerDefaults.apply(JobSettingsRequest.apply(spec, planned, jobRoot, notes), spec, region);
            notes.add(SdkDifferences.note(spec, built));
            return new LaunchPlan(name, built, List.copyOf(uploads), List.copyOf(notes), List.copyOf(warnings), dataBytes, work);
        } catch (RuntimeException e) {
            new LaunchPlan(name, null, List.of(), List.of(), List.of(), 0, work).close();
            throw e;
        }
    }

    private Ownership owner(LaunchSpec spec) {
        Ownership o = me.get();
        String who = spec.owner() != null && !spec.owner().isBlank() ? spec.owner() : o == null ? null : o.owner();
        if (who == null || who.isBlank()) {
            throw invalid("SageMaker jobs need an owner so they can be found as yours: pass --owner NAME, set "
                    + "SAGEDECK_OWNER, or put owner=NAME in the config file");
        }
        String tagKey = o == null || o.tagKey() == null ? Ownership.DEFAULT_TAG_KEY : o.tagKey();
        String prefix = o != null && who.equals(o.owner()) && o.namePrefix() != null ? o.namePrefix() : who + "-";
        return new Ownership(who, tagKey, prefix);
    }

    private String role(LaunchSpec spec) {
        String role = spec.roleArn() != null && !spec.roleArn().isBlank() ? spec.roleArn().trim() : defaultRole.get();
        if (role == null) {
            throw invalid("no execution role: pass --role arn:aws:iam::<account>:role/<name> (on a SageMaker notebook "
                    + "instance its own role is the default)");
        }
        if (!ROLE_ARN.matcher(role).matches()) {
            throw invalid("--role '%s' is not an IAM role ARN; it looks like arn:aws:iam::123456789012:role/service-role/"
                    .formatted(role) + "AmazonSageMaker-ExecutionRole-XYZ");
        }
        return role;
    }

    private static S3Location outputPath(LaunchSpec spec) {
        if (spec.outputPath() == null || spec.outputPath().isBlank()) {
            throw invalid("no output location: pass --output s3://<bucket>/<prefix> (the model, code and prepared data go there)");
        }
        return S3Location.parse(spec.outputPath(), "--output");
    }

    static Resources resources(Resources r) {
        if (r == null || r.instanceType() == null || !r.instanceType().startsWith("ml.")) {
            throw invalid("--instance-type '%s' is not a SageMaker instance type such as ml.m5.large"
                    .formatted(r == null ? null : r.instanceType()));
        }
        if (r.instanceCount() < 1) {
            throw invalid("--instance-count %d: a training job needs at least 1 instance".formatted(r.instanceCount()));
        }
        if (r.volumeGb() < 1 || r.volumeGb() > 16384) {
            throw invalid("--volume-size %d: the storage volume is 1 to 16384 GB per instance".formatted(r.volumeGb()));
        }
        if (r.maxRuntimeSeconds() < 1 || r.maxRuntimeSeconds() > 28 * 24 * 3600L) {
            throw invalid("--max-runtime %d s: it must be between 1 second and 28 days".formatted(r.maxRuntimeSeconds()));
        }
        if (!r.managedSpot() && r.maxWaitSeconds() > 0) {
            throw invalid("--max-wait is for managed spot training; add --spot or leave --max-wait out");
        }
        if (r.managedSpot()) {
            long wait = r.maxWaitSeconds() > 0 ? r.maxWaitSeconds() : r.maxRuntimeSeconds();
            if (wait < r.maxRuntimeSeconds()) {
                throw invalid("--max-wait %d s is less than --max-runtime %d s; with spot, max wait (waiting for capacity plus "
                        .formatted(wait, r.maxRuntimeSeconds()) + "training) must be at least the max runtime");
            }
            return new Resources(r.instanceType(), r.instanceCount(), r.volumeGb(), r.maxRuntimeSeconds(), true, wait);
        }
        return r;
    }

    private String name(LaunchSpec spec, Ownership owner) {
        if (spec.name() != null && !spec.name().isBlank()) {
            JobNames.problem(spec.name()).ifPresent(p -> {
                throw invalid(p);
            });
            if (!spec.name().startsWith(owner.namePrefix())) {
                String prefixed = owner.namePrefix() + spec.name();
                JobNames.problem(prefixed).ifPresent(p -> {
                    throw invalid("with your prefix '%s' added: %s".formatted(owner.namePrefix(), p));
                });
                return prefixed;
            }
            return spec.name();
        }
        ScriptSpec s = spec.script();
        String base = s == null ? "xgboost" : Path.of(s.entryPoint()).getFileName().toString().replaceFirst("\\.py$", "");
        return JobNames.generate(owner.owner(), base, LocalDateTime.now(clock));
    }

    /** Size of the local training (and test) data, or -1 for data already in S3 (not looked up here). */
    private static long dataBytes(DataSpec data) {
        if (data == null || data.train() == null || data.train().startsWith("s3://")) {
            return -1;
        }
        try {
            long n = Files.size(Path.of(data.train()));
            if (data.test() != null && !data.test().startsWith("s3://")) {
                n += Files.size(Path.of(data.test()));
            }
            return n;
        } catch (IOException e) {
            return -1;
        }
    }

    /** A File-mode S3-prefix channel, fully replicated, as the SDK's TrainingInput defaults. */
    static Channel channel(String name, S3Location at, String contentType) {
        return Channel.builder().channelName(name).contentType(contentType)
                .dataSource(d -> d.s3DataSource(s -> s.s3DataType(S3DataType.S3_PREFIX).s3Uri(at.uri())
                        .s3DataDistributionType(S3DataDistribution.FULLY_REPLICATED)))
                .build();
    }

    static Map<String, String> copy(Map<String, String> m) {
        return new LinkedHashMap<>(m);
    }

    static TrainingInputMode fileMode() {
        return TrainingInputMode.FILE;
    }

    /**
     * The owner tag, for built-in runs how the data was read (so a clone can launch the same thing),
     * and what signals read: the data size (stall comparisons) and the run's own budget.
     */
    private static List<Tag> tags(LaunchSpec spec, Ownership owner, long dataBytes) {
        List<Tag> tags = new ArrayList<>();
        tags.add(Tag.builder().key(owner.tagKey()).value(owner.owner()).build());
        // data in S3 is used as it is, so no preset was applied and none is recorded
        boolean prepared = spec.data() != null && spec.data().train() != null && !spec.data().train().startsWith("s3://");
        if (spec.script() == null && prepared) {
            dev.sagedeck.domain.RunTags.of(spec.data()).forEach((k, v) -> tags.add(Tag.builder().key(k).value(v).build()));
        }
        dev.sagedeck.domain.RunTags.forSignals(dataBytes, spec.budgetUsd()).forEach((k, v) -> tags.add(Tag.builder().key(k).value(v).build()));
        return tags;
    }

    /** The bundled sample as files in the work dir, so it is prepared and uploaded like any local CSV. */
    private static LaunchSpec withSampleFiles(LaunchSpec spec, Path work) {
        DataSpec d = spec.data();
        if (d == null || d.sample() == null) {
            return spec;
        }
        Samples.SampleFiles f = Samples.extract(d.sample(), work.resolve("sample"));
        DataSpec files = new DataSpec(f.train().toString(), f.test().toString(), f.preset(), f.label(), d.drop(), null);
        return spec.withData(files);
    }

    private static Path workDir() {
        try {
            return Files.createTempDirectory("sagedeck-launch-");
        } catch (IOException e) {
            throw new BackendException(Kind.FAILED, "cannot create a temporary directory: " + e.getMessage(), e);
        }
    }

    static BackendException invalid(String message) {
        return new BackendException(Kind.INVALID, message);
    }
}
