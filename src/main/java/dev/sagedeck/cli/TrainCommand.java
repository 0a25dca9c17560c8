package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import dev.sagedeck.usecase.AllTrainingJobs;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.HyperParameterRules;
import dev.sagedeck.domain.JobNames;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.ScriptSpec;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.LocalRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code sagedeck train}: starts a local run (built-in XGBoost or your script) as its own process. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start a local training run as its own process (it goes on if this terminal closes).",
                "Hyperparameters: --hp key=value, or the lesson's style: --max_depth 3 --eta 0.1 --num_round 100.",
                "Script mode (--script) passes them to your script as sorted --key value arguments."})
public final class TrainCommand extends WiredCommand {
    static final List<String> SAMPLES = List.of("titanic");

    @Mixin
    GlobalOptions global;

    @Mixin
    PreprocessingOptions prep;

    @Mixin
    MetricOptions metrics;

    @Option(names = "--sample", paramLabel = "NAME", description = "Train on a bundled sample: titanic.")
    String sample;

    @Option(names = "--demo-long", description = "With --sample titanic: pause after each round so the run lasts about a minute (a demo, to practise following the log and stopping).")
    boolean demoLong;

    @Option(names = "--train", paramLabel = "FILE", description = "Training data (CSV with a header row).")
    String train;

    @Option(names = "--test", paramLabel = "FILE", description = "Test data, evaluated after training.")
    String test;

    @Option(names = "--name", description = "Job name (default <owner>-<base>-<yyyymmdd-hhmmss>); letters, digits, hyphens, at most 63.")
    String name;

    @Option(names = "--script", paramLabel = "FILE", description = "Run your own python entry point (script mode), e.g. train_xgboost.py.")
    String script;

    @Option(names = "--source-dir", paramLabel = "DIR", description = "Directory copied to the job's code/ dir; --script is relative to it.")
    String sourceDir;

    @Option(names = "--like", paramLabel = "JOB", description = "Start from JOB as the dashboard's C clones it (data, hyperparameters, "
            + "script); the options given here replace those values.")
    String like;

    @Option(names = "--wait", description = "Follow the run to its end, printing its log.")
    boolean waitForEnd;

    @Option(names = "--json", description = "Print the result as JSON (the log goes to stderr).")
    boolean json;

    @Option(names = "--report-on", hidden = true, paramLabel = "JOB",
            description = "dist/sagedeck's fallback for --wait: print the outcome of a run started by --wait (its log too with --with-log).")
    String reportOn;

    @Option(names = "--with-log", hidden = true)
    boolean withLog;

    @Unmatched
    List<String> unmatched = new ArrayList<>();

    public TrainCommand(Wiring wiring) {
        super(wiring);
    }

    @Override
    public Integer call() throws InterruptedException {
        if (reportOn != null) {
            return report(reportOn);
        }
        GlobalOptions g = Globals.of(spec, global);
        LaunchSpec launch;
        try {
            launch = like != null ? likeSpec(g) : launchSpec();
        } catch (IllegalArgumentException e) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, e.getMessage());
        } catch (BackendException e) {
            return CliOutput.error(spec, e);
        }
        AllTrainingJobs jobs;
        TrainingJob started;
        Path handoff = waitForEnd ? handoff() : null;
        try {
            jobs = wiring.localBackend(g); // train is always a local run: no AWS set-up on this path
            started = handoff == null ? jobs.launch(launch)
                    : wiring.localRuns(jobs).launch(launch, AttachedRun.attach(handoff, json));
        } catch (BackendException e) {
            return CliOutput.error(spec, e);
        }
        if (!waitForEnd) {
            return printStarted(started);
        }
        if (handoff != null) {
            return handOver(handoff, started.name());
        }
        return new TrainWait(jobs, spec.commandLine().getOut(), spec.commandLine().getErr(), json).follow(started.name());
    }

    /** The launcher's hand-over directory when it waits for the run itself, else null (this JVM follows the run). */
    private Path handoff() {
        String dir = wiring.env().get(LocalRuns.Attach.ENV);
        if (dir == null || dir.isBlank()) {
            return null;
        }
        Path p = Path.of(dir);
        return Files.exists(p.resolve(AttachedRun.LOG)) ? p : null;
    }

    /** The run prints its own log and outcome to the launcher, which waits for it: this JVM is done. */
    private int handOver(Path handoff, String name) {
        try {
            Files.writeString(handoff.resolve(AttachedRun.HINT), TrainWait.hint(name) + "\n");
            Files.writeString(handoff.resolve(AttachedRun.NAME), name + "\n");
        } catch (java.io.IOException e) {
            return CliOutput.error(spec, ExitCodes.FAILED, "cannot hand %s over to the launcher: %s".formatted(name, e.getMessage()));
        }
        return ExitCodes.OK;
    }

    /** The outcome of a run --wait started, for dist/sagedeck when the run could not print it (it was killed). */
    private int report(String job) throws InterruptedException {
        AllTrainingJobs jobs = wiring.localBackend(Globals.of(spec, global));
        TrainWait wait = new TrainWait(jobs, spec.commandLine().getOut(), spec.commandLine().getErr(), json);
        try {
            return withLog ? wait.follow(job) : wait.report(jobs.describe(job));
        } catch (BackendException e) {
            return CliOutput.error(spec, e);
        }
    }

    private int printStarted(TrainingJob job) {
        if (json) {
            CliOutput.json(spec.commandLine().getOut(), Map.of("name", job.name(), "status", job.status().text(),
                    "jobDir", String.valueOf(job.outputPath())));
        } else {
            spec.commandLine().getOut().println(job.name());
            spec.commandLine().getErr().println("Started " + job.name() + ". Follow it: sagedeck logs " + job.name() + " --follow");
        }
        return ExitCodes.OK;
    }

    /** {@code --like JOB}: the job cloned as the dashboard's C does, as a local run, with the options given here on top. */
    private LaunchSpec likeSpec(GlobalOptions g) {
        Map<String, String> hps = prep.hyperParameters(unmatched, spec);
        if (sample != null && train != null) {
            throw new IllegalArgumentException("--sample and --train both name training data; give one");
        }
        if (sample != null && !SAMPLES.contains(sample)) {
            throw new IllegalArgumentException("unknown sample '%s'; bundled samples: %s".formatted(sample, String.join(", ", SAMPLES)));
        }
        checkReadable(train, "--train");
        checkReadable(test, "--test");
        if (name != null) {
            JobNames.problem(name).ifPresent(p -> {
                throw new IllegalArgumentException(p);
            });
        }
        TrainingJob job = TrainLike.describe(like, wiring.localBackend(g), () -> wiring.backends(g));
        LaunchSpec launch = TrainLike.spec(this, job, wiring.ownership(g), hps);
        if (launch.script() == null) {
            HyperParameterCheck.standard().problem(launch.hyperParameters()).ifPresent(p -> {
                throw new IllegalArgumentException(p);
            });
        }
        return launch;
    }

    /** Every check that needs no process: a bad option ends here with exit 2 and a specific message. */
    LaunchSpec launchSpec() {
        Map<String, String> hps = prep.hyperParameters(unmatched, spec);
        if (sample != null && train != null) {
            throw new IllegalArgumentException("--sample and --train both name training data; give one");
        }
        if (sample != null && !SAMPLES.contains(sample)) {
            throw new IllegalArgumentException("unknown sample '%s'; bundled samples: %s".formatted(sample, String.join(", ", SAMPLES)));
        }
        if (sample != null && test != null) {
            throw new IllegalArgumentException("--sample %s brings its own test file; leave out --test".formatted(sample));
        }
        if (demoLong && (sample == null || script != null)) {
            throw new IllegalArgumentException("--demo-long goes with --sample titanic (the built-in algorithm on the bundled sample)");
        }
        if (sourceDir != null && script == null) {
            throw new IllegalArgumentException("--source-dir goes with --script FILE");
        }
        if (script == null) {
            metrics.refuseWithoutScript();
        }
        checkReadable(train, "--train");
        checkReadable(test, "--test");
        if (name != null) {
            JobNames.problem(name).ifPresent(p -> {
                throw new IllegalArgumentException(p);
            });
        }
        if (script != null) {
            return scriptSpec(hps);
        }
        if (sample == null && train == null) {
            throw new IllegalArgumentException("no training data: give --sample titanic or --train FILE");
        }
        String chosenPreset = prep.chosenPreset(sample);
        Optional<String> bad = HyperParameterCheck.standard().problem(hps);
        if (bad.isPresent()) {
            throw new IllegalArgumentException(bad.get());
        }
        DataSpec data = new DataSpec(train, test, chosenPreset, prep.label, prep.drop, demoLong ? DataSpec.LONG_DEMO : sample);
        // the bundled sample trains with the lesson's values unless told otherwise, as in the wizard
        Map<String, String> used = sample != null ? HyperParameterRules.onLessonValues(hps) : hps;
        return new LaunchSpec(Backend.LOCAL, name, null, data, used, null, Resources.local(0), null, null, null);
    }

    private LaunchSpec scriptSpec(Map<String, String> hps) {
        prep.refuseForScript();
        Path entry = sourceDir == null ? Path.of(script) : Path.of(sourceDir).resolve(script);
        if (sourceDir != null && !Files.isDirectory(Path.of(sourceDir))) {
            throw new IllegalArgumentException("--source-dir %s does not exist or is not a directory".formatted(Path.of(sourceDir).toAbsolutePath()));
        }
        if (!Files.isRegularFile(entry) && !(sourceDir != null && Files.isRegularFile(Path.of(script)))) {
            throw new IllegalArgumentException("--script %s does not exist".formatted(entry.toAbsolutePath()));
        }
        DataSpec data = new DataSpec(train, test, null, null, List.of(), sample);
        ScriptSpec s = new ScriptSpec(script, sourceDir, "python3", null, null, null, metrics.definitions());
        return new LaunchSpec(Backend.LOCAL, name, null, data, hps, s, Resources.local(0), null, null, null);
    }

    private static void checkReadable(String file, String option) {
        if (file == null) {
            return;
        }
        if (file.startsWith("s3://")) {
            throw new IllegalArgumentException("%s %s: a local run reads local files, not S3".formatted(option, file));
        }
        dev.sagedeck.domain.ReadableFile.why(Path.of(file)).ifPresent(why -> {
            throw new IllegalArgumentException(option + " " + why);
        });
    }
}
