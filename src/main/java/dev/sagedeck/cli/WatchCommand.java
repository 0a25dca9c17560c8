package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import dev.sagedeck.app.signals.SignalRules;
import dev.sagedeck.app.signals.SignalText;
import dev.sagedeck.domain.Price;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sagedeck watch [JOB...] [--all-mine] [--json] [--notify-cmd CMD]}: signals without the full-screen UI. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Follow your jobs without the dashboard: one line per signal (ended, stalled, silent log, "
                + "near max runtime, over budget); exits when the named jobs have ended: 0 all Completed, 1 any Failed or Stopped.",
                "Example: sagedeck watch JOB && next-step"})
public final class WatchCommand extends WiredCommand {

    @Mixin
    GlobalOptions global;

    @Parameters(arity = "0..*", paramLabel = "JOB", description = "Jobs to wait for (your own).")
    List<String> names = List.of();

    @Option(names = "--all-mine", description = "Signals for all your jobs, including ones started later; runs until Ctrl-C unless JOBs are named.")
    boolean allMine;

    @Option(names = "--json", description = "One JSON object per line: time, signal, job, backend, title, detail.")
    boolean json;

    @Option(names = "--notify-cmd", paramLabel = "CMD", description = {"Run CMD once per signal, details in SAGEDECK_SIGNAL, SAGEDECK_JOB, "
            + "SAGEDECK_TITLE, SAGEDECK_DETAIL, SAGEDECK_MESSAGE, SAGEDECK_BACKEND, SAGEDECK_TIME.",
            "Split into words like a shell would, but run without one: write sh -c '...' to get a shell."})
    String notifyCmd;

    @Option(names = "--interval", paramLabel = "SECONDS", description = "Seconds between looks (default ${DEFAULT-VALUE}, the dashboard's pace).")
    double intervalSeconds = 3;

    public WatchCommand(Wiring wiring) {
        super(wiring);
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (names.isEmpty() && !allMine) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, SignalText.WATCH_NOTHING);
        }
        if (!(intervalSeconds >= 0.05) || intervalSeconds > 3600) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, "--interval must be between 0.05 and 3600 seconds");
        }
        GlobalOptions options = Globals.of(spec, global);
        if (!wiring.ownership(options).known()) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, "who are you? set --owner, $SAGEDECK_OWNER or owner= in the config file");
        }
        SignalRules rules;
        NotifyCommand notifier;
        try {
            rules = wiring.signalRules();
            notifier = notifyCmd == null ? null : new NotifyCommand(notifyCmd, err);
            wiring.awsNotice(options).ifPresent(err::println);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, e.getMessage());
        }
        Map<String, Price> prices = options.localOnly || !wiring.awsState(options).configured()
                ? Map.of() : wiring.prices(options);
        Watch.Options o = new Watch.Options(json, notifier, Duration.ofMillis(Math.round(intervalSeconds * 1000)),
                wiring.phaseHistory());
        return new Watch(wiring.backends(options), wiring.ownership(options), rules, prices, Clock.systemUTC(), o,
                spec.commandLine().getOut(), err).run(names, allMine || names.isEmpty());
    }
}
