package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.HyperParameterRules;
import dev.sagedeck.domain.JobNames;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.tuning.Configurations;
import dev.sagedeck.domain.tuning.EarlyStopping;
import dev.sagedeck.domain.tuning.Objective;
import dev.sagedeck.domain.tuning.ParameterRange;
import dev.sagedeck.domain.tuning.RangeSyntax;
import dev.sagedeck.domain.tuning.Ranking;
import dev.sagedeck.domain.tuning.SearchStrategy;
import dev.sagedeck.domain.tuning.TuningJob;
import dev.sagedeck.domain.tuning.TuningLaunch;
import dev.sagedeck.domain.tuning.TuningLimits;
import dev.sagedeck.domain.tuning.TuningPlan;
import dev.sagedeck.domain.tuning.TuningPreview;
import dev.sagedeck.domain.tuning.TuningRules;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.TuningJobs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code sagedeck tune --local}: a hyperparameter search on this machine, its own process, each configuration a job. */
@Command(name = "tune", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Search hyperparameters: train several configurations of the built-in XGBoost and rank them by an objective.",
                "Without --local: a SageMaker hyperparameter tuning job (--dry-run shows its request, cost ceiling and expected time).",
                "--local runs the search on this machine as its own process (it goes on if this terminal closes): the data is read",
                "once, each configuration is a local job of its own (list, describe, compare and evaluate work on it).",
                "Searched: --range NAME=MIN:MAX[:lin|log|auto] (whole numbers for max_depth, num_round ...) and --values NAME=A,B,C.",
                "Fixed: --hp key=value or the lesson's style (--num_round 100)."})
public final class TuneCommand extends WiredCommand {

    @Mixin
    GlobalOptions global;

    @Mixin
    PreprocessingOptions prep;

    @Option(names = "--local", description = "Run the search on this machine (random or grid search).")
    boolean local;

    @Option(names = "--sample", paramLabel = "NAME", description = "Search on a bundled sample: titanic.")
    String sample;

    @Option(names = "--train", paramLabel = "FILE", description = "Training data (CSV with a header row).")
    String train;

    @Option(names = "--test", paramLabel = "FILE", description = "Test data: every configuration is scored on it.")
    String test;

    @Option(names = "--name", description = "The search's name (default <owner>-tune-<yyyymmdd-hhmmss>-<xxxx>); configurations are NAME-001, NAME-002 ...")
    String name;

    @Option(names = "--range", paramLabel = "NAME=MIN:MAX[:SCALING]", description = "A searched range, e.g. max_depth=3:9 or eta=0.01:0.3:log; repeat for more.")
    List<String> ranges = new ArrayList<>();

    @Option(names = "--values", paramLabel = "NAME=A,B,...", description = "Searched values, e.g. booster=gbtree,dart; repeat for more.")
    List<String> values = new ArrayList<>();

    @Option(names = "--strategy", paramLabel = "NAME", description = "random (default) or grid; on SageMaker also bayesian, hyperband.")
    String strategy;

    @Option(names = "--objective", paramLabel = "METRIC", description = "The metric to optimise (default validation:logloss), e.g. validation:auc.")
    String objective;

    @Option(names = "--direction", paramLabel = "maximize|minimize", description = "Whether higher or lower is better (default: lower, higher for auc, map, ndcg, pre).")
    String direction;

    @Option(names = "--max-jobs", paramLabel = "N", description = "Configurations to train (default 10; grid: the whole grid).")
    Integer maxJobs;

    @Option(names = "--max-parallel", paramLabel = "N", description = "At most this many at once (default: the cores; a local search also stays within memory and says so).")
    Integer maxParallel;

    @Option(names = "--early-stopping", paramLabel = "off|auto", description = "auto: stop a configuration worse than the median of the earlier ones at the same round.")
    String earlyStopping;

    @Option(names = "--search-seed", paramLabel = "N", description = "Seed of the random search (default 42): the same seed draws the same configurations.")
    long searchSeed = 42;

    @Option(names = "--output", paramLabel = "s3://BUCKET/PREFIX", description = "SageMaker: where the models and prepared data go (else launch.output in the config file).")
    String output;

    @Option(names = "--role", paramLabel = "ARN", description = "SageMaker: the execution role (default: the notebook instance's role).")
    String role;

    @Option(names = "--instance-type", paramLabel = "TYPE", defaultValue = "ml.m5.large", description = "SageMaker: each training job's instance. Default: ${DEFAULT-VALUE}.")
    String instanceType;

    @Option(names = "--instance-count", paramLabel = "N", defaultValue = "1", description = "SageMaker: instances per training job. Default: ${DEFAULT-VALUE}.")
    int instanceCount;

    @Option(names = "--volume", paramLabel = "GB", defaultValue = "30", description = "SageMaker: storage per instance, GB. Default: ${DEFAULT-VALUE}.")
    int volume;

    @Option(names = "--max-runtime", paramLabel = "SECONDS", defaultValue = "3600", description = "SageMaker: each training job's max runtime (the cost ceiling counts it). Default: ${DEFAULT-VALUE}.")
    long maxRuntime;

    @Option(names = "--spot", description = "SageMaker: managed spot training.")
    boolean spot;

    @Option(names = "--max-wait", paramLabel = "SECONDS", description = "SageMaker, with --spot: waiting plus training time.")
    long maxWait;

    @Option(names = "--image-version", paramLabel = "VER", description = "SageMaker: XGBoost container 1.5-1, 1.7-1 (default) or 3.0-5.")
    String imageVersion;

    @Option(names = "--like", paramLabel = "SEARCH", description = "Promote the local search SEARCH to a SageMaker tuning job with the same ranges, "
            + "fixed values, strategy, objective and limits (the dashboard's P); options given here replace its own.")
    String like;

    @Option(names = "--dry-run", description = "Show the search (SageMaker: the CreateHyperParameterTuningJob request, its cost ceiling and expected time); start nothing.")
    boolean dryRun;

    @Option(names = "--wait", description = "Follow the search's log to its end, then rank its configurations.")
    boolean waitForEnd;

    @Option(names = "--json", description = "Print JSON (with --wait the log goes to stderr).")
    boolean json;

    @Unmatched
    List<String> unmatched = new ArrayList<>();

    public TuneCommand(Wiring wiring) {
        super(wiring);
    }

    @Override
    public Integer call() throws InterruptedException {
        TuningLaunch launch;
        GlobalOptions g = Globals.of(spec, global);
        try {
            launch = like != null ? like(g) : launch();
        } catch (IllegalArgumentException e) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, e.getMessage());
        } catch (BackendException e) {
            return CliOutput.error(spec, e);
        }
        if (!local || like != null) {
            return sageMaker(g, launch);
        }
        if (dryRun) {
            return printPlan(launch);
        }
        TuningJobs searches = wiring.localSearches(g);
        TuningJob started;
        try {
            started = searches.launch(launch);
        } catch (BackendException e) {
            return CliOutput.error(spec, e);
        }
        if (!waitForEnd) {
            if (json) {
                CliOutput.json(spec.commandLine().getOut(), TuningOutput.json(started, List.of()));
            } else {
                spec.commandLine().getOut().println(started.name());
                spec.commandLine().getErr().println(("Started the local search %s: %d configurations, %s. Follow it: sagedeck logs %s --follow;"
                        + " results: sagedeck describe %s; stop it: sagedeck stop %s").formatted(started.name(), launch.plan().limits().maxJobs(),
                        started.strategy().apiName().toLowerCase(java.util.Locale.ROOT), started.name(), started.name(), started.name()));
            }
            return ExitCodes.OK;
        }
        try {
            new LogFollower(wiring.localBackend(g)).print(started.name(), true, json ? spec.commandLine().getErr() : spec.commandLine().getOut(),
                    spec.commandLine().getErr());
            TuningJob done = searches.describe(started.name());
            List<Ranking.Row> ranked = Ranking.of(searches.children(done.name()), done.objective());
            if (json) CliOutput.json(spec.commandLine().getOut(), TuningOutput.json(done, ranked));
            else TuningOutput.text(spec.commandLine().getOut(), done, ranked);
            return dev.sagedeck.domain.JobStatus.COMPLETED.equals(done.status()) ? ExitCodes.OK : ExitCodes.FAILED;
        } catch (BackendException e) {
            return CliOutput.error(spec, e);
        }
    }

    /** Every check that needs no process: a bad option ends here with exit 2 and a specific message. */
    TuningLaunch launch() {
        Map<String, String> fixed = prep.hyperParameters(unmatched, spec);
        if (sample != null && train != null) throw new IllegalArgumentException("--sample and --train both name training data; give one");
        if (sample != null && !TrainCommand.SAMPLES.contains(sample)) {
            throw new IllegalArgumentException("unknown sample '%s'; bundled samples: %s".formatted(sample, String.join(", ", TrainCommand.SAMPLES)));
        }
        if (sample != null && test != null) throw new IllegalArgumentException("--sample %s brings its own test file; leave out --test".formatted(sample));
        if (sample == null && train == null) throw new IllegalArgumentException("no training data: give --sample titanic or --train FILE");
        if (name != null) JobNames.problem(name).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        List<ParameterRange> searched = new ArrayList<>();
        ranges.forEach(r -> searched.add(RangeSyntax.range(r)));
        values.forEach(v -> searched.add(RangeSyntax.values(v)));
        SearchStrategy s = strategy == null ? (local ? SearchStrategy.RANDOM : SearchStrategy.BAYESIAN) : SearchStrategy.parse(strategy).orElseThrow(() ->
                new IllegalArgumentException("--strategy must be one of %s; got '%s'".formatted(SearchStrategy.names(), strategy)));
        String metric = objective == null ? Objective.DEFAULT.metric() : objective.trim();
        Objective.Direction d = direction == null ? Objective.usualDirection(metric) : Objective.Direction.parse(direction).orElseThrow(() ->
                new IllegalArgumentException("--direction must be maximize or minimize; got '" + direction + "'"));
        EarlyStopping e = earlyStopping == null ? EarlyStopping.OFF : EarlyStopping.parse(earlyStopping).orElseThrow(() ->
                new IllegalArgumentException("--early-stopping must be off or auto; got '" + earlyStopping + "'"));
        int jobs = maxJobs != null ? maxJobs : TuningRules.defaultMaxJobs(s, searched);
        int parallel = maxParallel != null ? maxParallel : Math.max(1, Math.min(jobs, Runtime.getRuntime().availableProcessors()));
        // the bundled sample trains with the lesson's values unless told otherwise, as train --sample does; searched ones are not fixed
        Map<String, String> base = sample != null ? HyperParameterRules.onLessonValues(fixed) : new LinkedHashMap<>(fixed);
        searched.forEach(r -> {
            if (!fixed.containsKey(r.name())) base.remove(r.name());
        });
        TuningPlan plan = TuningRules.check(new TuningPlan(searched, base, s, new Objective(metric, d), new TuningLimits(jobs, parallel), e, searchSeed), local);
        if (!local) {
            dev.sagedeck.domain.tuning.XgboostObjectives.managedProblem(metric).ifPresent(p -> {
                throw new IllegalArgumentException(p); // SageMaker would refuse it after the uploads
            });
        }
        DataSpec data = new DataSpec(train, test, prep.chosenPreset(sample), prep.label, prep.drop, sample);
        if (local) {
            return new TuningLaunch(new LaunchSpec(Backend.LOCAL, name, null, data, plan.staticHyperParameters(), null,
                    Resources.local(0), null, null, null), plan);
        }
        if (!spot && maxWait > 0) throw new IllegalArgumentException("--max-wait is for managed spot training; add --spot or leave --max-wait out");
        String out = output != null ? output : wiring.setting("launch.output");
        if (out == null || out.isBlank()) {
            throw new IllegalArgumentException("no output location: pass --output s3://<bucket>/<prefix> (or put launch.output=s3://... in the config file)");
        }
        Resources r = new Resources(instanceType, instanceCount, volume, maxRuntime, spot, maxWait);
        GlobalOptions g = Globals.of(spec, global);
        return new TuningLaunch(new LaunchSpec(Backend.SAGEMAKER, name, g.owner, data, plan.staticHyperParameters(), null, r, role, out,
                imageVersion, null), plan);
    }

    /** {@code --like SEARCH}: the local search and its record, promoted as the dashboard's P does, these options on top. */
    private TuningLaunch like(GlobalOptions g) {
        TuningJob search = wiring.localSearches(g).describe(like);
        return TuneLike.launch(this, search, wiring.localBackend(g).describe(like), wiring.ownership(g), wiring.setting("launch.output"));
    }

    /** A SageMaker tuning job: the dry run (request, ceiling, expected time) or the launch. */
    private int sageMaker(GlobalOptions g, TuningLaunch launch) {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        java.util.Optional<TuningJobs> tuning = wiring.sageMakerTuning(g, dryRun ? dev.sagedeck.port.TransferProgress.NONE : new ProgressLine(err));
        if (tuning.isEmpty()) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, g.localOnly ? "--local-only leaves SageMaker out; add --local to search on this machine"
                    : "SageMaker is not available: " + wiring.awsState(g).problem() + "; add --local to search on this machine");
        }
        try {
            if (dryRun) {
                // the expected time from my newest completed job of this data and algorithm, when there is one (the wizard's rule)
                TuningPreview p = new dev.sagedeck.usecase.TuningReview(List.of(tuning.get()), wiring.backends(g), null).preview(launch);
                if (json) {
                    CliOutput.json(out, TuningOutput.preview(p));
                } else {
                    TuningOutput.previewText(out, p);
                }
                return ExitCodes.OK;
            }
            TuningJob started = tuning.get().launch(launch);
            if (json) {
                CliOutput.json(out, TuningOutput.json(started, List.of()));
            } else {
                out.println(started.name());
                err.println("Created the tuning job %s (%s). Its training jobs: sagedeck describe %s; stop it: sagedeck stop %s"
                        .formatted(started.name(), started.status().text(), started.name(), started.name()));
            }
            return ExitCodes.OK;
        } catch (BackendException e) {
            return CliOutput.error(spec, e);
        }
    }

    private int printPlan(TuningLaunch launch) {
        TuningPlan p = launch.plan();
        List<Map<String, String>> configurations = Configurations.of(p);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("where", "local");
            m.put("strategy", p.strategy().apiName());
            m.put("objective", Map.of("metric", p.objective().metric(), "type", p.objective().direction().apiName()));
            m.put("staticHyperParameters", TuningRules.staticWithObjectiveMetric(p));
            m.put("maxJobs", p.limits().maxJobs());
            m.put("maxParallel", p.limits().maxParallel());
            m.put("earlyStopping", p.earlyStopping().apiName());
            m.put("configurations", configurations);
            CliOutput.json(spec.commandLine().getOut(), m);
        } else {
            var out = spec.commandLine().getOut();
            out.printf("A local %s search of %d configurations, up to %d at once (fewer if memory is short), objective %s (%s)%n",
                    p.strategy().apiName().toLowerCase(java.util.Locale.ROOT), configurations.size(), p.limits().maxParallel(),
                    p.objective().metric(), p.objective().direction().apiName().toLowerCase(java.util.Locale.ROOT));
            out.println("Fixed: " + TuningRules.staticWithObjectiveMetric(p));
            for (int i = 0; i < configurations.size(); i++) out.printf("  %3d  %s%n", i + 1, configurations.get(i));
            out.flush();
        }
        return ExitCodes.OK;
    }
}
