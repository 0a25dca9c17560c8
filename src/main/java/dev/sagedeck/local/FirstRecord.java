package dev.sagedeck.local;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.JobNames;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.ReadableFile;
import dev.sagedeck.domain.ScriptSpec;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks a {@link LaunchSpec} for a local run before anything is started (files exist and are
 * readable, the name follows SageMaker's rule and is free, hyperparameters fit SageMaker's limits,
 * python3 is there for script mode) and turns it into the job's first record.
 */
final class FirstRecord {
    static final int MAX_HYPERPARAMETERS = 100;
    static final int MAX_KEY = 256;
    static final int MAX_VALUE = 2500;

    private FirstRecord() {}

    static JobRecord firstRecord(LaunchSpec spec, String owner, LocalJobStore store, Instant now, ZoneId zone, long graceSeconds) {
        return firstRecord(spec, owner, store, now, zone, graceSeconds, null);
    }

    /** {@code base}: the generated name's base ({@code tune} for a search); null for the usual (xgboost, or the script's name). */
    static JobRecord firstRecord(LaunchSpec spec, String owner, LocalJobStore store, Instant now, ZoneId zone, long graceSeconds, String base) {
        if (spec.backend() != Backend.LOCAL) {
            throw invalid("the local backend cannot launch a " + spec.backend().label() + " job");
        }
        ScriptSpec script = spec.script();
        DataSpec data = spec.data();
        checkHyperParameters(spec.hyperParameters());
        JobRecord r = new JobRecord();
        r.owner = owner;
        r.name = name(spec, owner, store, LocalDateTime.ofInstant(now, zone), base);
        r.status = JobStatus.IN_PROGRESS.text();
        r.created = now;
        r.stopGraceSeconds = graceSeconds;
        r.hyperParameters = new TreeMap<>(spec.hyperParameters());
        r.enter("Starting", now, "Launching the local training process.");
        JobDir dir = store.dir(r.name);
        String sample = data == null ? null : data.sample();
        if (sample != null) {
            if (!BundledSample.exists(sample)) {
                throw invalid("this build has no bundled sample named '%s' (looked for %s)"
                        .formatted(sample, BundledSample.resource(sample, "train")));
            }
            addChannel(r, dir, "train", BundledSample.SCHEME + sample, BundledSample.fileName(sample, "train"));
            addChannel(r, dir, "test", BundledSample.SCHEME + sample, BundledSample.fileName(sample, "test"));
        } else if (data != null && data.train() != null) {
            Path train = readableFile(data.train(), "training data");
            addChannel(r, dir, "train", train.toString(), train.getFileName().toString());
        }
        if (sample == null && data != null && data.test() != null) {
            Path test = readableFile(data.test(), "test data");
            addChannel(r, dir, "test", test.toString(), test.getFileName().toString());
        }
        if (script == null && r.channels.isEmpty()) {
            throw invalid("a built-in XGBoost run needs training data: a bundled sample or a training file");
        }
        String preset = data == null ? null : data.preset() != null ? data.preset() : dev.sagedeck.data.Samples.dataOf(sample);
        String label = data == null ? null : data.label();
        List<String> drop = data == null ? List.of() : data.drop();
        long maxRuntime = spec.resources() == null ? 0 : spec.resources().maxRuntimeSeconds();
        r.tags = new TreeMap<>(dev.sagedeck.domain.RunTags.forSignals(sample == null ? dataBytes(data) : -1, spec.budgetUsd()));
        r.launch = script == null
                ? new JobRecord.Launch(JobRecord.Launch.BUILT_IN, sample, pathOf(r, "train"), pathOf(r, "test"),
                        preset, label, drop, null, null, null, maxRuntime)
                : scriptLaunch(script, sample, r, preset, label, drop, maxRuntime);
        if (script != null) {
            try {
                dev.sagedeck.domain.ScriptMetrics.check(script.metrics());
            } catch (IllegalArgumentException e) {
                throw invalid(e.getMessage());
            }
            r.metricDefinitions = new java.util.ArrayList<>(dev.sagedeck.domain.ScriptMetrics.forScript(script.metrics()));
        }
        return r;
    }

    private static JobRecord.Launch scriptLaunch(ScriptSpec s, String sample, JobRecord r, String preset, String label,
                                                 List<String> drop, long maxRuntime) {
        if (s.entryPoint() == null || s.entryPoint().isBlank()) {
            throw invalid("script mode needs the script's file name");
        }
        if (PythonFinder.find().isEmpty()) {
            throw invalid("script mode runs " + ScriptRun.PYTHON + " from PATH, and there is none on PATH");
        }
        if (s.sourceDir() == null) {
            Path file = readableFile(s.entryPoint(), "script");
            return new JobRecord.Launch(JobRecord.Launch.SCRIPT, sample, pathOf(r, "train"), pathOf(r, "test"),
                    preset, label, drop, file.toString(), file.getFileName().toString(), null, maxRuntime);
        }
        Path dir = Path.of(s.sourceDir()).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new BackendException(Kind.NOT_FOUND, "the source directory %s does not exist or is not a directory".formatted(dir));
        }
        // As in SageMaker, the entry point is relative to the source dir; a path to a file inside it works too.
        Path entry = dir.resolve(s.entryPoint()).normalize();
        if (!Files.isRegularFile(entry)) {
            Path given = Path.of(s.entryPoint()).toAbsolutePath().normalize();
            if (Files.isRegularFile(given) && given.startsWith(dir)) {
                entry = given;
            } else {
                throw new BackendException(Kind.NOT_FOUND, "the script %s is not in the source directory %s".formatted(s.entryPoint(), dir));
            }
        }
        readableFile(entry.toString(), "script");
        return new JobRecord.Launch(JobRecord.Launch.SCRIPT, sample, pathOf(r, "train"), pathOf(r, "test"),
                preset, label, drop, entry.toString(), dir.relativize(entry).toString(), dir.toString(), maxRuntime);
    }

    private static String name(LaunchSpec spec, String owner, LocalJobStore store, LocalDateTime time, String givenBase) {
        if (spec.name() != null && !spec.name().isBlank()) {
            JobNames.problem(spec.name()).ifPresent(p -> {
                throw invalid(p);
            });
            if (store.exists(spec.name())) {
                throw invalid("the name '%s' is already used by a local job; choose another name".formatted(spec.name()));
            }
            return spec.name();
        }
        String base = givenBase != null ? givenBase : spec.script() != null ? stem(spec.script().entryPoint()) : "xgboost";
        String generated = JobNames.generate(owner, base, time);
        // Two runs started in the same second get -2, -3...: a generated name must never collide.
        String candidate = generated;
        for (int n = 2; store.exists(candidate); n++) {
            String suffix = "-" + n;
            candidate = generated.substring(0, Math.min(generated.length(), JobNames.MAX_LENGTH - suffix.length())) + suffix;
        }
        return candidate;
    }

    private static String stem(String entryPoint) {
        String file = entryPoint == null ? "script" : Path.of(entryPoint).getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static void checkHyperParameters(Map<String, String> hps) {
        if (hps.size() > MAX_HYPERPARAMETERS) {
            throw invalid("too many hyperparameters: %d > %d".formatted(hps.size(), MAX_HYPERPARAMETERS));
        }
        hps.forEach((k, v) -> {
            if (k == null || k.isBlank() || k.startsWith("-") || k.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                throw invalid("hyperparameter name '%s' is not usable: it must be a non-empty word without spaces".formatted(k));
            }
            if (k.length() > MAX_KEY) {
                throw invalid("hyperparameter name '%s...' is too long: %d > %d characters".formatted(k.substring(0, 20), k.length(), MAX_KEY));
            }
            if (v == null) {
                throw invalid("hyperparameter '%s' has no value".formatted(k));
            }
            if (v.length() > MAX_VALUE) {
                throw invalid("the value of hyperparameter '%s' is too long: %d > %d characters".formatted(k, v.length(), MAX_VALUE));
            }
        });
    }

    /** An existing, readable regular file, as an absolute path; s3:// URIs are for SageMaker runs. */
    static Path readableFile(String given, String what) {
        if (given.startsWith("s3://")) {
            throw invalid("a local run reads local files; the %s %s is an S3 URI (use it for a SageMaker run)".formatted(what, given));
        }
        Path p = Path.of(given).toAbsolutePath().normalize();
        ReadableFile.Problem problem = ReadableFile.problem(p).orElse(null);
        if (problem == ReadableFile.Problem.MISSING) {
            throw new BackendException(Kind.NOT_FOUND, "the %s file %s does not exist".formatted(what, p));
        }
        if (problem != null) {
            throw invalid("the %s file %s is %s".formatted(what, p, problem.text()));
        }
        return p;
    }

    private static void addChannel(JobRecord r, JobDir dir, String channel, String source, String fileName) {
        r.channels.add(new JobRecord.ChannelEntry(channel, source, dir.channel(channel).resolve(fileName).toString()));
    }

    private static String pathOf(JobRecord r, String channel) {
        return r.channels.stream().filter(c -> c.name().equals(channel)).map(JobRecord.ChannelEntry::source).findFirst().orElse(null);
    }

    private static BackendException invalid(String message) {
        return new BackendException(Kind.INVALID, message);
    }

    /** The size of the local training (and test) file, as the SageMaker launch tags it, or -1 when unknown. */
    private static long dataBytes(DataSpec data) {
        if (data == null || data.train() == null) {
            return -1;
        }
        try {
            long n = Files.size(Path.of(data.train()));
            return data.test() == null ? n : n + Files.size(Path.of(data.test()));
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }
}
