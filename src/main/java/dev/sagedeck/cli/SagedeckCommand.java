package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import dev.sagedeck.app.InertText;
import dev.sagedeck.app.Text;
import dev.sagedeck.port.ConfigException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** The {@code sagedeck} command: with no subcommand it opens the dashboard. */
@Command(
        name = "sagedeck",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Terminal dashboard for SageMaker training jobs and local XGBoost runs.")
// The subcommands are SUBCOMMANDS below, added as needed (forArgs), not listed here.
public final class SagedeckCommand extends WiredCommand {
    /** Every subcommand, in the order help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(TrainCommand.class, JobsCommand.class, DescribeCommand.class,
            LogsCommand.class, StopCommand.class, EvaluateCommand.class, CheckCommand.class, LaunchCommand.class,
            FetchModelCommand.class, CompareCommand.class, WatchCommand.class, ForgetCommand.class, IamPolicyCommand.class,
            KeysCommand.class, TuneCommand.class);
    private static final List<String> HELP = List.of("-h", "--help");

    @Mixin
    GlobalOptions global;

    @Option(names = "--theme", description = "Theme name from themes/ (default: default; monochrome when NO_COLOR is set).")
    String theme;

    @Option(names = "--read-only", description = "Never stop or launch anything.")
    boolean readOnly;

    public SagedeckCommand(Wiring wiring) {
        super(wiring);
    }

    /** A configured command line with every subcommand, sharing {@code wiring}. */
    public static CommandLine commandLine(Wiring wiring) {
        return configure(withSubcommands(new CommandLine(new SagedeckCommand(wiring), new WiringFactory(wiring)), SUBCOMMANDS), wiring);
    }

    /**
     * The same for running {@code args}, with only the subcommand they name: picocli's model of all of
     * them is most of a short command's start-up (docs/BENCHMARKS.md). Every subcommand is there when
     * help is asked for or the word is no subcommand (the error suggests the nearest); none for the
     * dashboard and {@code --version}.
     */
    public static CommandLine forArgs(Wiring wiring, String[] args) {
        CommandLine cl = new CommandLine(new SagedeckCommand(wiring), new WiringFactory(wiring));
        return configure(withSubcommands(cl, needed(cl.getCommandSpec(), args)), wiring);
    }

    /**
     * The subcommand named by the first argument that is a subcommand's name (picocli refuses one as an
     * option's value too, so even there it must be known) unless help comes first; else none when every argument is a known
     * top-level option or its value and no help is asked for; else all.
     */
    static List<Class<?>> needed(CommandSpec top, String[] args) {
        for (String a : args) {
            if (a.equals("--")) {
                break;
            }
            if (HELP.contains(a)) {
                return SUBCOMMANDS; // sagedeck's own help lists them all
            }
            for (Class<?> c : SUBCOMMANDS) {
                if (a.equals(c.getAnnotation(Command.class).name())) {
                    return List.of(c);
                }
            }
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            OptionSpec o = a.startsWith("-") ? top.findOption(a.contains("=") ? a.substring(0, a.indexOf('=')) : a) : null;
            if (o == null || HELP.contains(a)) {
                return SUBCOMMANDS; // a word that is no subcommand, an unknown option, help: the full picture
            }
            if (!a.contains("=") && o.arity().max() > 0) {
                i++; // its value
            }
        }
        return List.of();
    }

    private static CommandLine withSubcommands(CommandLine cl, List<Class<?>> commands) {
        for (Class<?> c : commands) {
            cl.addSubcommand(c);
        }
        return cl;
    }

    private static CommandLine configure(CommandLine cl, Wiring wiring) {
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
