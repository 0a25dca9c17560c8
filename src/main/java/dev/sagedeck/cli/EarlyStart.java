package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import dev.sagedeck.port.LocalRuns.Attach;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code train --wait} under dist/sagedeck: the run's JVM ({@link AttachedRun}) is started before picocli
 * and the checks, as soon as the arguments say it will be wanted (docs/LOCAL-JOBS.md, "The run's JVM starts
 * early"). Only for a built-in run: a script run (or {@code --like}, which may be one) starts as before.
 */
public final class EarlyStart {
    private EarlyStart() {}

    /** Starts the run's JVM now when this command is {@code train --wait} handing over to the launcher. */
    public static void begin(Wiring wiring, String[] args) {
        if (wanted(wiring.env(), args)) {
            wiring.startRunEarly(AttachedRun.class.getName());
        }
    }

    /**
     * The launcher sets the hand-over only for {@code train ... --wait} (not --help, --version, --report-on); a
     * script's run needs the variables of its own job in its JVM's environment, so it is not started early.
     */
    static boolean wanted(Map<String, String> env, String[] args) {
        String dir = env.get(Attach.ENV);
        if (dir == null || dir.isBlank() || !Files.exists(Path.of(dir).resolve(AttachedRun.LOG))) {
            return false;
        }
        boolean train = false;
        boolean wait = false;
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            train |= a.equals("train");
            wait |= a.equals("--wait");
            if (a.startsWith("--script") || a.startsWith("--like") || a.startsWith("--report-on") || a.startsWith("--help")
                    || a.equals("-h") || a.startsWith("--version") || a.equals("-V")) {
                return false;
            }
        }
        return train && wait;
    }
}
