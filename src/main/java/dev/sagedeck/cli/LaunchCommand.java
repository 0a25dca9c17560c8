package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import dev.sagedeck.usecase.AllTrainingJobs;
import dev.sagedeck.app.InertText;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.DataSpec;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code sagedeck launch}: starts a SageMaker training job, built-in XGBoost or your script. */
@Command(name = "launch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start a SageMaker training job: built-in XGBoost on your CSV (prepared label-first, no header), "
                + "or your script (--script) in the xgboost, sklearn, pytorch or tensorflow container.",
                "Hyperparameters: --hp key=value, or the lesson's style: --max_depth 3 --eta 0.1 --num_round 100.",
                "--dry-run prints the exact CreateTrainingJob request and the S3 keys it would upload to; nothing is created."})
public final class LaunchCommand implements Callable<Integer> {
    private final Wiring wiring;

    @Mixin
    GlobalOptions global;

    @Mixin
    PreprocessingOptions prep;

    @Mixin
    FrameworkOptions frameworks;

    @Mixin
    MetricOptions metrics;

    @Spec
    CommandSpec spec;

    @Option(names = "--train", paramLabel = "FILE|s3://...", description = "Training data: a local CSV (with a header) or an s3:// prefix already in the built-in layout.")
    String train;

    @Option(names = "--test", paramLabel = "FILE|s3://...", description = "Test data: built-in mode uses it as the validation channel; scripts get a test channel.")
    String test;

    @Option(names = "--instance-type", paramLabel = "TYPE", defaultValue = "ml.m5.large", description = "Default: ${DEFAULT-VALUE}.")
    String instanceType;

    @Option(names = "--instance-count", paramLabel = "N", defaultValue = "1", description = "Default: ${DEFAULT-VALUE}. More only helps with tens of GB of data.")
    int instanceCount;

    @Option(names = "--volume", paramLabel = "GB", defaultValue = "30", description = "Storage volume per instance, GB. Default: ${DEFAULT-VALUE}.")
    int volume;

    @Option(names = "--max-runtime", paramLabel = "SECONDS", defaultValue = "3600", description = "Stop the job after this long. Default: ${DEFAULT-VALUE}.")
    long maxRuntime;

    @Option(names = "--budget", paramLabel = "USD", description = "This job's cost budget in US dollars: a signal when its cost so far passes it"
            + " (over budget.job in the config; kept as the tag sagedeck:budget-usd).")
    Double budget;

    @Option(names = "--spot", description = "Managed spot training (cheaper; may wait for capacity).")
    boolean spot;

    @Option(names = "--max-wait", paramLabel = "SECONDS", description = "With --spot: waiting plus training time, at least --max-runtime (default: equal to it).")
    long maxWait;

    @Option(names = "--role", paramLabel = "ARN", description = "Execution role ARN (default: the notebook instance's role).")
    String role;

    @Option(names = "--output", paramLabel = "s3://BUCKET/PREFIX", description = "Where the model, code and prepared data go (else launch.output in the config file).")
    String output;

    @Option(names = "--image-version", paramLabel = "VER", description = "XGBoost container: 1.5-1, 1.7-1 (default) or 3.0-5; sklearn: 0.23-1, 1.0-1, 1.2-1 (default).")
    String imageVersion;

    @Option(names = "--script", paramLabel = "FILE", description = "Script mode: your entry point, e.g. train_xgboost.py.")
    String script;

    @Option(names = "--source-dir", paramLabel = "DIR", description = "Script mode: directory packed into sourcedir.tar.gz with the entry point.")
    String sourceDir;

    @Option(names = "--framework", paramLabel = "NAME", description = "Script mode: the container: xgboost (default), sklearn, pytorch or tensorflow.")
    String framework;

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
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InterruptedException {
        GlobalOptions g = Globals.of(spec, global);
        LaunchSpec launch;
        try {
            launch = launchSpec(g);
        } catch (IllegalArgumentException e) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
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

    /** Checks that need no AWS; the adapter checks the rest (role ARN, S3 URIs, spot timing...). */
    LaunchSpec launchSpec(GlobalOptions g) {
        Map<String, String> hps = prep.hyperParameters(unmatched, spec);
        if (sourceDir != null && script == null) {
            throw new IllegalArgumentException("--source-dir goes with --script FILE");
        }
        if (framework != null && script == null) {
            throw new IllegalArgumentException("--framework goes with --script FILE (built-in XGBoost needs no framework)");
        }
        if (framework != null && !FrameworkOptions.FRAMEWORKS.contains(framework)) {
            throw new IllegalArgumentException("--framework '%s': choose %s".formatted(framework, String.join(", ", FrameworkOptions.FRAMEWORKS)));
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
        if (budget != null && !(budget > 0 && Double.isFinite(budget))) {
            throw new IllegalArgumentException("--budget must be an amount in US dollars above 0, e.g. --budget 5.00");
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
        return new LaunchSpec(Backend.SAGEMAKER, name, g.owner, data, hps, s, r, role, out, script == null ? imageVersion : null, budget);
    }
}
