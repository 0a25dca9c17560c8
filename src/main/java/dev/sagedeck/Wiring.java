package dev.sagedeck;

import dev.sagedeck.usecase.AllTrainingJobs;
import dev.sagedeck.cli.GlobalOptions;
import dev.sagedeck.port.ConfigException;
import dev.sagedeck.config.FileAuditLog;
import dev.sagedeck.config.Paths;
import dev.sagedeck.config.Settings;
import dev.sagedeck.domain.AwsStatus;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.local.LocalTrainingJobs;
import dev.sagedeck.port.TrainingJobs;
import dev.sagedeck.port.TransferProgress;
import dev.sagedeck.sagemaker.AwsOptions;
import dev.sagedeck.sagemaker.AwsSetup;
import dev.sagedeck.sagemaker.AwsTuning;
import dev.sagedeck.usecase.GuardedStop;
import dev.sagedeck.app.keys.Keymap;
import dev.sagedeck.port.AuditLog;
import dev.sagedeck.port.LaunchPlanning;
import dev.sagedeck.xgboost.XgboostModelEvaluation;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The composition root: the only class that sees every adapter. It reads the environment once
 * and builds backends, settings and the dashboard for the commands.
 */
public class Wiring {
    private final Map<String, String> env;
    private final Paths paths;
    private final Map<AwsOptions, AwsSetup> aws = new ConcurrentHashMap<>();

    public Wiring(Map<String, String> env) {
        this.env = Map.copyOf(env);
        this.paths = Paths.fromEnvironment(env);
    }

    public static Wiring fromEnvironment() {
        return new Wiring(System.getenv());
    }

    public Map<String, String> env() {
        return env;
    }

    public Paths paths() {
        return paths;
    }

    public Settings settings() {
        return Settings.load(paths.configFile());
    }

    /** The config file (it may not exist yet). */
    public java.nio.file.Path configFile() {
        return paths.configFile();
    }

    /** One setting of the config file, or null (a command's default: {@code launch.output}). */
    public String setting(String key) {
        return settings().get(key);
    }

    /** The signal rules with the config file's {@code signal.*} settings; a bad value is an IllegalArgumentException. */
    public dev.sagedeck.app.signals.SignalRules signalRules() {
        return dev.sagedeck.app.signals.SignalRules.fromConfig(settings().withPrefix(""));
    }

    /**
     * Who I am: {@code --owner}, else {@code $SAGEDECK_OWNER}, else the config file, else the OS user
     * (the same name in the header, the dialogs, the CLI and the tags of new runs).
     */
    public Ownership ownership(GlobalOptions options) {
        Settings s = settings();
        String owner = options != null && options.owner != null ? options.owner : env.get("SAGEDECK_OWNER");
        if (owner == null || owner.isBlank()) {
            owner = s.get("owner");
        }
        return Ownership.resolve(owner, s.get("owner.tag", Ownership.DEFAULT_TAG_KEY), s.get("owner.prefix"),
                System.getProperty("user.name"));
    }

    /** Every configured backend behind the one port. */
    public AllTrainingJobs backends(GlobalOptions options) {
        return backends(options, TransferProgress.NONE);
    }

    /** Only the local backend: for commands that never touch AWS (train), so no AWS client is even loaded. */
    public AllTrainingJobs localBackend(GlobalOptions options) {
        return new AllTrainingJobs(List.of(new LocalTrainingJobs(paths, () -> ownership(options), env)));
    }

    /** Local searches (tune --local): the local backend's store, each search its own process. */
    public dev.sagedeck.port.TuningJobs localSearches(GlobalOptions options) {
        return new LocalTrainingJobs(paths, () -> ownership(options), env).searches();
    }

    /** SageMaker's hyperparameter tuning jobs, or empty when AWS is not configured or {@code --local-only} is given. */
    public java.util.Optional<dev.sagedeck.port.TuningJobs> sageMakerTuning(GlobalOptions options, TransferProgress progress) {
        if (options != null && options.localOnly) return java.util.Optional.empty();
        return aws(options).tuningJobs(() -> ownership(options), progress);
    }

    /** The searches of every backend there is (the tuning view, the wizard's tune step): local always, SageMaker's tuning jobs when configured. */
    public List<dev.sagedeck.port.TuningJobs> searches(GlobalOptions options) {
        List<dev.sagedeck.port.TuningJobs> out = new ArrayList<>(List.of(localSearches(options)));
        sageMakerTuning(options, TransferProgress.NONE).ifPresent(out::add);
        return out;
    }

    public AllTrainingJobs backends(GlobalOptions options, TransferProgress progress) {
        List<TrainingJobs> list = new ArrayList<>();
        list.add(new LocalTrainingJobs(paths, () -> ownership(options), env));
        if (options == null || !options.localOnly) {
            aws(options).trainingJobs(progress).ifPresent(list::add);
        }
        return new AllTrainingJobs(list);
    }

    /**
     * Dry runs and pre-submit checks for SageMaker launches (the wizard's and {@code sagedeck launch
     * --dry-run}'s), or null when AWS is not configured or {@code --local-only} is given.
     */
    public LaunchPlanning launchPlanning(GlobalOptions options) {
        if (options != null && options.localOnly) {
            return null;
        }
        return aws(options).launchPlanning().orElse(null);
    }

    /** S3 browsing for the wizard's data step, or null when AWS is not configured or {@code --local-only} is given. */
    public dev.sagedeck.port.ObjectStore objectStore(GlobalOptions options) {
        return options != null && options.localOnly ? null : aws(options).objectStore().orElse(null);
    }

    /**
     * AWS for these options, built once per process so the call budget and caches are shared: status
     * (configured or the one-line reason not), SageMaker backend, caller identity, prices, notebook.
     */
    public AwsSetup aws(GlobalOptions options) {
        GlobalOptions o = options != null ? options : new GlobalOptions();
        AwsOptions key = new AwsOptions(o.profile, o.region, o.endpointUrl, env);
        return aws.computeIfAbsent(key, k -> {
            AwsTuning tuning;
            try {
                tuning = AwsTuning.fromSettings(settings());
            } catch (ConfigException e) {
                // commands refused already (checkConfig); the dashboard opens on local jobs and says why
                return AwsSetup.unavailable(k, e.getMessage());
            }
            return AwsSetup.create(k, () -> ownership(o), paths, tuning, Clock.systemUTC());
        });
    }

    /**
     * Every setting commands rely on, checked before a command runs, so a bad config file is one
     * line naming the file, the key and the problem (a {@link ConfigException}) instead of a crash halfway.
     */
    public void checkConfig() {
        AwsTuning.fromSettings(settings());
        keymap(settings());
    }

    /**
     * The key bindings with the config file's {@code key.<action>} settings applied; a bad action
     * or key name is a {@link ConfigException} naming the file, the setting and the problem.
     */
    public Keymap keymap() {
        return keymap(settings());
    }

    /** {@link #keymap()} with these settings. */
    public Keymap keymap(Settings settings) {
        try {
            return Keymap.defaults().withOverrides(settings.withPrefix("key."));
        } catch (dev.sagedeck.app.keys.KeyConfigException e) {
            throw new ConfigException(settings.file(), e.setting(), e.problem());
        }
    }

    /** What is wrong with the AWS settings of the config file, or null (the file itself must be readable). */
    String awsConfigProblem(Settings settings) {
        try {
            AwsTuning.fromSettings(settings);
            return null;
        } catch (ConfigException e) {
            return e.getMessage();
        }
    }

    /**
     * Why AWS jobs are left out of a CLI answer, as one line for stderr, or empty when AWS is
     * configured or the user asked for local jobs only.
     */
    public java.util.Optional<String> awsNotice(GlobalOptions options) {
        if (options != null && options.localOnly) {
            return java.util.Optional.empty();
        }
        dev.sagedeck.domain.AwsStatus st = aws(options).status();
        return st.configured() ? java.util.Optional.empty()
                : java.util.Optional.of("sagedeck: AWS not configured (" + st.problem() + "): showing local jobs only.");
    }

    /** True when stdin and stdout are a terminal, so a full-screen UI can run. */
    public boolean terminalAttached() {
        return System.console() != null;
    }

    /** Runs the full-screen dashboard until the user quits; returns the exit code. */
    public int runDashboard(GlobalOptions options, String theme, boolean readOnly, PrintWriter err) {
        return runDashboard(options, theme, readOnly, err, null);
    }

    /** The dashboard on {@code terminal} (null: the one sagedeck was started in). */
    public int runDashboard(GlobalOptions options, String theme, boolean readOnly, PrintWriter err,
            com.googlecode.lanterna.terminal.Terminal terminal) {
        return new DashboardWiring(this).run(options, theme, readOnly, err, terminal);
    }

    /** Whether AWS is configured for these options, and why not. */
    public AwsStatus awsState(GlobalOptions options) {
        return aws(options).status();
    }

    /** Prices known at start (own file, cached Price List answers, bundled table); no call is made. */
    public Map<String, dev.sagedeck.domain.Price> prices(GlobalOptions options) {
        return options != null && options.localOnly ? Map.of() : aws(options).knownPrices();
    }

    /** The IAM policy {@code sagedeck iam-policy} prints, with the owner tag key from the config file. */
    public String iamPolicy(boolean readOnly, List<String> buckets, String roleArn, String principalTag) {
        return dev.sagedeck.sagemaker.IamPolicy.json(new dev.sagedeck.sagemaker.IamPolicy.Options(readOnly, buckets, roleArn,
                principalTag, settings().get("owner.tag", Ownership.DEFAULT_TAG_KEY)));
    }

    /** Scores a job's model on a test CSV here: the dashboard's compare t and sagedeck compare --test. */
    public dev.sagedeck.port.ModelEvaluation modelEvaluation(AllTrainingJobs jobs) {
        return new dev.sagedeck.usecase.JobModelEvaluation(jobs, new XgboostModelEvaluation(), this::testFile);
    }

    /** A test file as typed, or the bundled sample's when it names one that is not here ({@code titanic_test.csv}). */
    public java.nio.file.Path testFile(java.nio.file.Path typed) {
        return dev.sagedeck.data.Samples.orBundled(typed, paths.cacheDir());
    }

    /** The lesson's pre-flight checks ({@code sagedeck check}) on this machine. */
    public dev.sagedeck.port.Preflight preflight() {
        return new dev.sagedeck.local.LocalPreflight();
    }

    /** Where stop attempts are recorded: one line each in the state directory's audit.log. */
    public AuditLog auditLog() {
        return new FileAuditLog(paths.auditLog());
    }

    /** The local backend of these backends, with what only it does: forget a run, a run handed over to the launcher. */
    public dev.sagedeck.port.LocalRuns localRuns(AllTrainingJobs jobs) {
        return (LocalTrainingJobs) jobs.get(dev.sagedeck.domain.Backend.LOCAL).orElseThrow();
    }

    /**
     * Starts the run's JVM of {@code train --wait} now, as {@code mainClass}, before the options are checked and the job
     * is created; the local backend's launch with an attach hands it the job (docs/LOCAL-JOBS.md, "The run's JVM starts early").
     */
    public void startRunEarly(String mainClass) {
        dev.sagedeck.local.EarlyRun.begin(paths.localJobsDir(), mainClass, env);
    }

    /**
     * A run's main arguments: as given, or for a run's JVM started early ({@code --early ...}) the ones its job brings
     * once it has one (it waits for it on stdin), or null when it was given none.
     */
    public static String[] awaitEarlyJob(String[] args) {
        boolean early = args.length > 0 && dev.sagedeck.local.EarlyRun.ARG.equals(args[0]);
        return early ? dev.sagedeck.local.EarlyRun.await(args, System.in) : args;
    }

    /** Runs the job in {@code jobDir} as its own process does ({@code cli.AttachedRun}, the run of {@code train --wait}). */
    public static void runJob(java.nio.file.Path jobDir) {
        dev.sagedeck.local.JobProcess.runJob(jobDir);
    }

    /** The local jobs under {@code jobsDir}, to follow one run's log and outcome (no owner needed). */
    public static TrainingJobs localJobsIn(java.nio.file.Path jobsDir) {
        return new LocalTrainingJobs(jobsDir, Ownership.of("-"), Map.of(), Clock.systemUTC());
    }

    /** My finished jobs' phase durations, kept in the state directory for {@code watch} and the dashboard. */
    public dev.sagedeck.port.PhaseHistories phaseHistory() {
        return new dev.sagedeck.config.PhaseHistoryFile(paths.stateDir());
    }

    /** The dashboard's state directory, settings file and phase history, for its effect runner. */
    public dev.sagedeck.runtime.Stores stores() {
        return new dev.sagedeck.runtime.Stores(paths.stateDir(), new dev.sagedeck.config.SettingsFile(paths.configFile()), phaseHistory());
    }

    /** The guarded stop over training jobs and, for a name no training job has, SageMaker's tuning jobs (stop TUNING_JOB). */
    public GuardedStop searchAwareStopper(GlobalOptions options) {
        return new GuardedStop(new dev.sagedeck.usecase.JobsOrSearches(backends(options),
                sageMakerTuning(options, TransferProgress.NONE).orElse(null)), auditLog(), this::callerArn,
                System.getProperty("user.name"), Clock.systemUTC());
    }

    /** The dashboard's guarded stop: training jobs, and for a name no training job has, a search of {@code searches}. */
    public GuardedStop stopper(AllTrainingJobs jobs, dev.sagedeck.port.TuningJobs searches) {
        return new GuardedStop(new dev.sagedeck.usecase.JobsOrSearches(jobs, searches), auditLog(), this::callerArn,
                System.getProperty("user.name"), Clock.systemUTC());
    }

    public GuardedStop stopper(AllTrainingJobs jobs) {
        return new GuardedStop(jobs, auditLog(), this::callerArn, System.getProperty("user.name"), Clock.systemUTC());
    }

    /** The AWS caller ARN for the audit log, or null when AWS is not configured or STS cannot answer. */
    String callerArn() {
        String c = callerIdentity();
        return c.startsWith("arn:") ? c : null;
    }

    /** Who is calling: the AWS identity when known, else the OS user. */
    public String callerIdentity() {
        for (AwsSetup a : aws.values()) {
            if (a.status().configured()) {
                return a.callerIdentity().get(); // STS GetCallerIdentity, asked once per process
            }
        }
        return "user:" + System.getProperty("user.name");
    }
}
