package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import dev.sagedeck.app.InertText;
import dev.sagedeck.app.Text;
import dev.sagedeck.config.ConfigException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code sagedeck} command: with no subcommand it opens the dashboard. */
@Command(
        name = "sagedeck",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Terminal dashboard for SageMaker training jobs and local XGBoost runs.",
        subcommands = {TrainCommand.class, JobsCommand.class, DescribeCommand.class, LogsCommand.class, StopCommand.class,
                EvaluateCommand.class, CheckCommand.class, LaunchCommand.class, FetchModelCommand.class, CompareCommand.class,
                WatchCommand.class, ForgetCommand.class, IamPolicyCommand.class, KeysCommand.class})
public final class SagedeckCommand implements Callable<Integer> {
    private final Wiring wiring;

    @Mixin
    GlobalOptions global;

    @Option(names = "--theme", description = "Theme name from themes/ (default: default; monochrome when NO_COLOR is set).")
    String theme;

    @Option(names = "--read-only", description = "Never stop or launch anything.")
    boolean readOnly;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public SagedeckCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    /** A configured command line whose subcommands share {@code wiring}. */
    public static CommandLine commandLine(Wiring wiring) {
        CommandLine cl = new CommandLine(new SagedeckCommand(wiring), new WiringFactory(wiring));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(new ArgumentErrors());
        cl.setExecutionStrategy(parsed -> {
            Integer help = CommandLine.executeHelpRequest(parsed);
            if (help != null) {
                return help;
            }
            try {
                if (parsed.subcommand() != null) {
                    wiring.checkConfig(); // the dashboard (no subcommand) opens on local jobs when only AWS settings are bad
                }
            } catch (ConfigException e) {
                return badConfig(parsed.commandSpec().commandLine(), e);
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigException c) {
                return badConfig(cmd, c);
            }
            throw e;
        });
        return cl;
    }

    private static int badConfig(CommandLine cmd, ConfigException e) {
        cmd.getErr().println("sagedeck: " + InertText.of(e.getMessage()));
        return ExitCodes.BAD_INPUT;
    }

    @Override
    public Integer call() {
        if (!wiring.terminalAttached()) {
            spec.commandLine().getErr().println(Text.NOT_A_TERMINAL);
            return ExitCodes.BAD_INPUT;
        }
        return wiring.runDashboard(global, theme, readOnly, spec.commandLine().getErr());
    }
}
