package dev.sagedeck;

import dev.sagedeck.app.Session;
import dev.sagedeck.app.Text;
import dev.sagedeck.app.keys.Keymap;
import dev.sagedeck.app.view.Role;
import dev.sagedeck.cli.GlobalOptions;
import dev.sagedeck.cli.Version;
import dev.sagedeck.config.Settings;
import dev.sagedeck.domain.AwsStatus;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.runtime.Services;
import dev.sagedeck.runtime.WizardMemoryFile;
import dev.sagedeck.ui.Dashboard;
import dev.sagedeck.ui.Themes;
import dev.sagedeck.usecase.AllTrainingJobs;
import dev.sagedeck.usecase.GuardedStop;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's assembly: its theme, keys and session from the config file, the services its
 * effects use, and the header's AWS, account and notebook lines, from the adapters {@link Wiring} makes.
 */
final class DashboardWiring {
    private final Wiring wiring;

    DashboardWiring(Wiring wiring) {
        this.wiring = wiring;
    }

    /** Runs the dashboard on {@code terminal} (null: the one sagedeck was started in) until the user quits; the exit code. */
    int run(GlobalOptions options, String theme, boolean readOnly, PrintWriter err,
            com.googlecode.lanterna.terminal.Terminal terminal) {
        Map<Role, Themes.Style> styles;
        Keymap keymap;
        Settings settings;
        try {
            settings = wiring.settings();
            styles = Themes.load(Themes.choose(theme, wiring.env(), settings.get("theme")), wiring.paths().configFile().getParent().resolve("themes"));
            keymap = wiring.keymap(settings);
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("sagedeck: " + dev.sagedeck.app.InertText.of(e.getMessage()));
            return 2;
        }
        // bad aws.* settings turn AWS off (aws() says why), the dashboard still opens on local jobs
        String awsProblem = options != null && options.localOnly ? null : wiring.awsConfigProblem(settings);
        Ownership me = wiring.ownership(options);
        AllTrainingJobs jobs = wiring.backends(options);
        boolean awsOn = (options == null || !options.localOnly) && wiring.aws(options).status().configured();
        // account and notebook instance are looked up after the first frame (null = not yet), never before it
        Session session = new Session(Version.current(), me, describeBackends(jobs), awsStatus(options), awsOn ? null : "",
                readOnly, readOnly ? keymap.readOnly() : keymap, wiring.prices(options))
                .withWizardLast(WizardMemoryFile.read(wiring.paths().stateDir()))
                .withFrameworks(dev.sagedeck.sagemaker.FrameworkTables.unreadCatalog())
                .withLastTestFile(dev.sagedeck.runtime.LastTestFile.read(wiring.paths().stateDir()));
        // the tuning view reads each backend's searches; the list and the stop see them as one
        java.util.List<dev.sagedeck.port.TuningJobs> searches = wiring.searches(options);
        GuardedStop stopper = wiring.stopper(jobs, new dev.sagedeck.usecase.AllSearches(searches));
        try {
            Services services = new Services(wiring.launchPlanning(options), wiring.objectStore(options), wiring.modelEvaluation(jobs),
                    () -> environment(options)).withChanges(new dev.sagedeck.local.JobDirWatcher(wiring.paths().localJobsDir()))
                    .withDataChecks(new dev.sagedeck.data.CsvDataChecks())
                    .withSearches(searches);
            Dashboard dashboard = new Dashboard(jobs, services, stopper, session, styles, wiring.stores())
                    .withNotice(awsProblem == null ? null : Text.AWS_OFF_BAD_CONFIG.formatted(awsProblem));
            if (terminal == null) {
                dashboard.run();
            } else {
                dashboard.run(terminal);
            }
            return 0;
        } catch (IOException e) {
            err.println("sagedeck: cannot use this terminal: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** "local + sagemaker" style summary for the header. */
    String describeBackends(AllTrainingJobs jobs) {
        List<String> names = new ArrayList<>();
        jobs.active().forEach(b -> names.add(b.label()));
        return names.isEmpty() ? "no backends" : String.join(" + ", names);
    }

    /** The header's AWS line: region/profile, or "not configured - local jobs only". */
    String awsStatus(GlobalOptions options) {
        if (options != null && options.localOnly) {
            return Text.LOCAL_ONLY;
        }
        AwsStatus s = wiring.aws(options).status();
        if (!s.configured()) {
            return Text.AWS_NOT_CONFIGURED;
        }
        return Text.AWS_CONFIGURED.formatted(s.region() + (s.profile() != null ? ", profile " + s.profile() : "")
                + (s.endpoint() != null ? ", " + s.endpoint() : ""));
    }

    /** The notebook instance line for the header, when running on one (one DescribeNotebookInstance). */
    String notebook(GlobalOptions options) {
        if (options != null && options.localOnly) {
            return null;
        }
        return wiring.aws(options).notebookInstance().map(nb -> Text.ON_NOTEBOOK.formatted(nb.name(),
                nb.instanceType() != null ? nb.instanceType() : "type unknown")).orElse(null);
    }

    /** The header's account and notebook text, and the notebook's role: STS and DescribeNotebookInstance, off the UI thread. */
    dev.sagedeck.app.Msg.EnvironmentKnown environment(GlobalOptions options) {
        List<String> parts = new ArrayList<>();
        String caller = wiring.callerIdentity();
        String[] arn = caller.split(":");
        if (caller.startsWith("arn:") && arn.length > 4 && !arn[4].isEmpty()) {
            parts.add("account " + arn[4]);
        }
        String nb = notebook(options);
        if (nb != null) {
            parts.add(nb);
        }
        return new dev.sagedeck.app.Msg.EnvironmentKnown(String.join(" | ", parts), defaultRole(options));
    }

    /** The role the wizard offers first: the notebook instance's execution role, when known (no call when local-only). */
    String defaultRole(GlobalOptions options) {
        if (options != null && options.localOnly) {
            return null;
        }
        return wiring.aws(options).notebookInstance().map(dev.sagedeck.domain.NotebookInstance::roleArn).orElse(null);
    }

}
