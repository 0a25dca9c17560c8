package dev.sagedeck;

import dev.sagedeck.app.AllTrainingJobs;
import dev.sagedeck.cli.GlobalOptions;
import dev.sagedeck.config.Paths;
import dev.sagedeck.config.Settings;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.port.TrainingJobs;
import dev.sagedeck.sagemaker.AwsOptions;
import dev.sagedeck.sagemaker.AwsSetup;
import dev.sagedeck.sagemaker.AwsTuning;
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

    /** Who I am: {@code --owner}, else {@code $SAGEDECK_OWNER}, else the config file; may be unknown. */
    public Ownership ownership(GlobalOptions options) {
        Settings s = settings();
        String owner = options != null && options.owner != null ? options.owner : env.get("SAGEDECK_OWNER");
        if (owner == null || owner.isBlank()) {
            owner = s.get("owner");
        }
        String tagKey = s.get("owner.tag", Ownership.DEFAULT_TAG_KEY);
        String prefix = s.get("owner.prefix", owner == null ? null : owner + "-");
        return new Ownership(owner, tagKey, prefix);
    }

    /** Every configured backend behind the one port. */
    public AllTrainingJobs backends(GlobalOptions options) {
        List<TrainingJobs> list = new ArrayList<>();
        if (options == null || !options.localOnly) {
            aws(options).trainingJobs().ifPresent(list::add);
        }
        return new AllTrainingJobs(list);
    }

    /**
     * AWS for these options, built once per process so the call budget and caches are shared: status
     * (configured or the one-line reason not), SageMaker backend, caller identity, prices, notebook.
     */
    public AwsSetup aws(GlobalOptions options) {
        GlobalOptions o = options != null ? options : new GlobalOptions();
        AwsOptions key = new AwsOptions(o.profile, o.region, o.endpointUrl, env);
        return aws.computeIfAbsent(key, k -> AwsSetup.create(k, () -> ownership(o), paths,
                AwsTuning.fromSettings(settings()), Clock.systemUTC()));
    }

    /** True when stdin and stdout are a terminal, so a full-screen UI can run. */
    public boolean terminalAttached() {
        return System.console() != null;
    }

    /** Runs the full-screen dashboard until the user quits; returns the exit code. */
    public int runDashboard(GlobalOptions options, String theme, boolean readOnly, PrintWriter err) {
        err.println("dashboard not built yet");
        return 1;
    }
}
