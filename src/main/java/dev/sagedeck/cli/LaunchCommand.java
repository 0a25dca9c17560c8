package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import dev.sagedeck.usecase.AllTrainingJobs;
import dev.sagedeck.app.InertText;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.JobSettings;
import dev.sagedeck.domain.JobSettingsRules;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.ScriptSpec;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.LaunchPlanning;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code sagedeck launch}: starts a SageMaker training job, built-in XGBoost or your script. */
@Command(name = "launch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start a SageMaker training job: built-in XGBoost on your CSV (prepared label-first, no header), "
                + "or your script (--script) in the xgboost, sklearn, pytorch or tensorflow container.",
                "Hyperparameters: --hp key=value, or the lesson's style: --max_depth 3 --eta 0.1 --num_round 100.",
                "--dry-run prints the exact CreateTrainingJob request and the S3 keys it would upload to; nothing is created."})
public final class LaunchCommand extends WiredCommand {

    @Mixin
    GlobalOptions global;

    @Mixin
    PreprocessingOptions prep;

    @Mixin
    FrameworkOptions frameworks;

    @Mixin
    MetricOptions metrics;

    @Mixin
    JobSettingsOptions settings;

    @Option(names = "--train", paramLabel = "FILE|s3://...", description = "Training data: a local CSV (with a header) or an s3:// prefix already in the built-in layout.")
    String train;

    @Option(names = "--test", paramLabel = "FILE|s3://...", description = "Test data: built-in mode uses it as the validation channel; scripts get a test channel.")
    String test;

    @Option(names = "--instance-type", paramLabel = "TYPE", defaultValue = "ml.m5.large", description = "Default: ${DEFAULT-VALUE}.")
    String instanceType;

    @Option(names = "--instance-count", paramLabel = "N[,N...]", split = ",", defaultValue = "1", description = "Default: ${DEFAULT-VALUE}. More only helps "
            + "with tens of GB of data. Several counts (1,2): the lesson's experiment, one job each, waited for and compared.")
    List<Integer> instanceCounts = new ArrayList<>();

    /** The first (usually only) count of --instance-count. */
    int instanceCount = 1;

    @Option(names = "--poll-interval", hidden = true, paramLabel = "SECONDS", defaultValue = "30",
            description = "How often the experiment of several counts describes its jobs.")
    double pollSeconds;

    @Option(names = {"--volume-size", "--volume"}, paramLabel = "GB", defaultValue = "30", description = "Storage volume per instance, GB (1-16384). Default: ${DEFAULT-VALUE}.")
    int volume;

    @Option(names = "--max-runtime", paramLabel = "SECONDS", defaultValue = "3600", description = "Stop the job after this long. Default: ${DEFAULT-VALUE}.")
    long maxRuntime;

    @Option(names = "--budget", paramLabel = "USD", description = "This job's cost budget in US dollars: a signal when its cost so far passes it"
            + " (over budget.job in the config; kept as the tag sagedeck:budget-usd).")
    Double budget;

    @Option(names = "--spot", negatable = true, description = "Managed spot training (cheaper; may wait for capacity); checkpoints go to <output>/<job>/checkpoints/.")
    boolean spot;

    @Option(names = "--max-wait", paramLabel = "SECONDS", description = "With --spot: waiting plus training time, at least --max-runtime (default: equal to it).")
    long maxWait;

    @Option(names = "--role", paramLabel = "ARN", description = "Execution role ARN (default: the notebook instance's role).")
    String role;

    @Option(names = "--output", paramLabel = "s3://BUCKET/PREFIX", description = "Where the model, code and prepared data go (else launch.output in the config file).")
    String output;

    @Option(names = "--image-version", paramLabel = "VER", description = "XGBoost container: 1.5-1, 1.7-1 (default) or 3.0-5; sklearn: 0.23-1, 1.0-1, 1.2-1 (default), 1.4-2.")
    String imageVersion;

    @Option(names = "--script", paramLabel = "FILE", description = "Script mode: your entry point, e.g. train_xgboost.py.")
    String script;

    @Option(names = "--source-dir", paramLabel = "DIR", description = "Script mode: directory packed into sourcedir.tar.gz with the entry point.")
    String sourceDir;

    @Option(names = "--framework", paramLabel = "NAME", description = "Script mode: the container: xgboost (default), sklearn, pytorch or tensorflow.")
    String framework;

    @Option(names = "--like", paramLabel = "JOB", description = "Start from JOB as the dashboard's C clones it (data, hyperparameters, "
            + "instances, role, output, settings); the options given here replace those values.")
    String like;

    @Option(names = "--resume-checkpoints", paramLabel = "s3://...", arity = "0..1", fallbackValue = "",
            description = "Resume from checkpoints: with --like alone, the cloned job's (an interrupted spot job's); or the prefix given.")
    String resumeCheckpoints;

    @Option(names = "--name", description = "Job name (default <owner>-<base>-<yyyymmdd-hhmmss>; your <owner>- prefix is added if missing).")
    String name;

    @Option(names = "--dry-run", description = "Print the CreateTrainingJob request and the uploads; create nothing.")
    boolean dryRun;

    @Option(names = "--wait", description = "Follow the job's log to its end.")
    boolean waitForEnd;

    @Option(names = "--json", description = "JSON on stdout (with --dry-run: the request exactly as it would be sent).")
    boolean json;

    @Unmatched
    List<String> unmatched = new ArrayList<>();

    public LaunchCommand(Wiring wiring) {
        super(wiring);
    }

    /** Who launches (for the clone's owner tag). */
    dev.sagedeck.domain.Ownership wiringOwnership() {
        return wiring.ownership(Globals.of(spec, global));
    }

    @Override
    public Integer call() throws InterruptedException {
        GlobalOptions g = Globals.of(spec, global);
        LaunchSpec launch;
        List<Integer> counts;
        try {
            counts = CountExperiment.parse(instanceCounts);
            instanceCount = counts.get(0);
            launch = like != null ? likeSpec(g) : launchSpec(g);
        } catch (IllegalArgumentException e) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, e.getMessage());
        } catch (BackendException e) {
            return CliOutput.error(spec, e);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (counts.size() > 1) {
                return experiment(g, launch, counts, out, err);
            }
            if (dryRun) {
                return dryRun(g, launch, out, err);
            }
            AllTrainingJobs jobs = wiring.backends(g, new ProgressLine(err));
            if (jobs.get(Backend.SAGEMAKER).isEmpty()) {
                return CliOutput.error(spec, ExitCodes.BAD_INPUT, notConfigured(g));
            }
            TrainingJob job = jobs.launch(launch);
            if (waitForEnd) {
                return new TrainWait(jobs, out, err, json).follow(job.name());
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", job.name());
                m.put("status", job.status().text());
                m.put("arn", job.arn());
                CliOutput.json(out, m);
            } else {
                out.println(job.name());
                err.println("Created " + InertText.of(job.name()) + " (" + job.status().text() + "). Follow it: sagedeck logs "
                        + job.name() + " --follow");
            }
            out.flush();
            err.flush();
            return ExitCodes.OK;
        } catch (BackendException e) {
            return CliOutput.error(spec, e);
        }
    }

    /** {@code --instance-count 1,2}: one job per count, then the comparison (or each dry run). */
    private int experiment(GlobalOptions g, LaunchSpec launch, List<Integer> counts, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        List<LaunchSpec> specs;
        try {
            String owner = launch.owner() != null ? launch.owner() : wiring.ownership(g).owner();
            specs = CountExperiment.specs(launch, counts, owner, CountExperiment.defaultBase(launch.script() == null ? null
                    : launch.script().entryPoint()));
        } catch (IllegalArgumentException e) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, e.getMessage());
        }
        if (dryRun) {
            // with --json, stdout stays one document: the requests as a JSON array
            List<String> requests = new ArrayList<>();
            for (LaunchSpec s : specs) {
                java.io.StringWriter one = new java.io.StringWriter();
                int code = dryRun(g, s, json ? new PrintWriter(one) : out, err);
                if (code != ExitCodes.OK) {
                    return code;
                }
                requests.add(one.toString().strip());
            }
            if (json) {
                out.println("[" + String.join(",\n", requests) + "]");
                out.flush();
            }
            return ExitCodes.OK;
        }
        AllTrainingJobs jobs = wiring.backends(g, new ProgressLine(err));
        if (jobs.get(Backend.SAGEMAKER).isEmpty()) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, notConfigured(g));
        }
        if (pollSeconds <= 0 || !Double.isFinite(pollSeconds)) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, "--poll-interval must be a number of seconds above 0");
        }
        return CountExperiment.run(jobs, specs, wiring.prices(g), java.time.Duration.ofMillis((long) (pollSeconds * 1000)), json, out, err);
    }

    private int dryRun(GlobalOptions g, LaunchSpec launch, PrintWriter out, PrintWriter err) {
        LaunchPlanning planning = wiring.launchPlanning(g);
        if (planning == null) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, notConfigured(g));
        }
        LaunchPlanning.Preview p = planning.preview(launch);
        // with --json, stdout is the request alone; what would be uploaded goes to stderr
        PrintWriter info = json ? err : out;
        info.println("Dry run for " + p.jobName() + ": nothing is uploaded or created.");
        info.println(p.uploads().isEmpty() ? "No uploads." : "Would upload:");
        p.uploads().forEach(u -> info.println("  " + u));
        p.notes().forEach(n -> info.println("Note: " + n));
        p.warnings().forEach(w -> info.println("Warning: " + w));
        if (!json) {
            info.println("CreateTrainingJob request:");
        }
        info.flush();
        out.println(p.requestJson());
        out.flush();
        return ExitCodes.OK;
    }

    private String notConfigured(GlobalOptions g) {
        if (g.localOnly) {
            return "--local-only leaves SageMaker out; use 'sagedeck train' for a local run";
        }
        return "SageMaker is not available: " + wiring.awsState(g).problem();
    }

    /** {@code --like JOB}: the job described, cloned as the dashboard's C does, with the options given here on top. */
    private LaunchSpec likeSpec(GlobalOptions g) {
        Map<String, String> hps = prep.hyperParameters(unmatched, spec);
        commonChecks();
        if (g.localOnly || !wiring.awsState(g).configured()) {
            throw new IllegalArgumentException(notConfigured(g));
        }
        TrainingJob job = wiring.backends(g).describe(like);
        LaunchSpec launch = LaunchLike.spec(this, job, g.owner, hps);
        JobSettingsRules.problem(launch.settings(), wiring.ownership(g).tagKey()).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return launch;
    }

    /** What is wrong whatever the launch starts from. */
    private void commonChecks() {
        if (framework != null && !FrameworkOptions.FRAMEWORKS.contains(framework)) {
            throw new IllegalArgumentException("--framework '%s': choose %s".formatted(framework, String.join(", ", FrameworkOptions.FRAMEWORKS)));
        }
        if (budget != null && !(budget > 0 && Double.isFinite(budget))) {
            throw new IllegalArgumentException("--budget must be an amount in US dollars above 0, e.g. --budget 5.00");
        }
        if (resumeCheckpoints != null && resumeCheckpoints.isEmpty() && like == null) {
            throw new IllegalArgumentException("--resume-checkpoints without a prefix resumes the --like JOB's checkpoints; "
                    + "add --like JOB, or name the prefix: --resume-checkpoints s3://...");
        }
    }

    /** Checks that need no AWS; the adapter checks the rest (role ARN, S3 URIs, spot timing...). */
    LaunchSpec launchSpec(GlobalOptions g) {
        Map<String, String> hps = prep.hyperParameters(unmatched, spec);
        commonChecks();
        if (sourceDir != null && script == null) {
            throw new IllegalArgumentException("--source-dir goes with --script FILE");
        }
        if (framework != null && script == null) {
            throw new IllegalArgumentException("--framework goes with --script FILE (built-in XGBoost needs no framework)");
        }
        if (script == null) {
            frameworks.refuseWithoutScript();
            metrics.refuseWithoutScript();
        }
        if (script == null && train == null) {
            throw new IllegalArgumentException("no training data: give --train FILE or --train s3://bucket/prefix/");
        }
        if (script != null) {
            prep.refuseForScript();
        }
        if (!spot && maxWait > 0) {
            throw new IllegalArgumentException("--max-wait is for managed spot training; add --spot or leave --max-wait out");
        }
        String out = output != null ? output : wiring.setting("launch.output");
        if (out == null || out.isBlank()) {
            throw new IllegalArgumentException("no output location: pass --output s3://<bucket>/<prefix> "
                    + "(or put launch.output=s3://... in the config file)");
        }
        String chosenPreset = script != null ? null : prep.chosenPreset(null);
        DataSpec data = new DataSpec(train, test, chosenPreset, prep.label, prep.drop, null);
        ScriptSpec s = script == null ? null
                : frameworks.scriptSpec(script, sourceDir, framework == null ? "xgboost" : framework, imageVersion, metrics.definitions());
        Resources r = new Resources(instanceType, instanceCount, volume, maxRuntime, spot, maxWait);
        JobSettings js = settings.settings();
        if (resumeCheckpoints != null) {
            js = js.withCheckpointUri(resumeCheckpoints);
        }
        JobSettingsRules.problem(js, wiring.ownership(g).tagKey()).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return new LaunchSpec(Backend.SAGEMAKER, name, g.owner, data, hps, s, r, role, out, script == null ? imageVersion : null, budget)
                .withSettings(js);
    }
}
