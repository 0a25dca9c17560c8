package dev.sagedeck.local;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.HyperParameterRules;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Resources;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Plays sagedeck's JVM of {@code train --wait} step by step, as its own OS process, so that a test can kill it
 * (kill -9, SIGHUP) between any two steps of the early start: {@code started}, then on each line from stdin
 * {@code create} (the job directory and record), {@code move} (the starting log becomes job.log), {@code go}
 * (the line to the early JVM), {@code pid} (the pid into the record and the hand-over). It prints each step done.
 */
public final class EarlyRunDriver {
    static final String RUN_MAIN = "dev.sagedeck.cli.AttachedRun";

    private EarlyRunDriver() {}

    /** {@code EarlyRunDriver <jobsDir> <handoff> [--long]}. */
    public static void main(String[] args) throws Exception {
        Path jobsDir = Path.of(args[0]);
        Path handoff = Path.of(args[1]);
        boolean longDemo = args.length > 2 && args[2].equals("--long");
        LocalJobStore store = new LocalJobStore(jobsDir, Clock.systemDefaultZone());
        JobLauncher launcher = new JobLauncher(Map.of());
        EarlyRun early = launcher.startEarly(jobsDir, RUN_MAIN);
        say("started " + early.process().pid() + " " + early.log().getFileName());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        JobRecord first = null;
        JobDir dir = null;
        for (String step; (step = in.readLine()) != null; ) {
            switch (step) {
                case "create" -> {
                    first = FirstRecord.firstRecord(sample(longDemo), "alice", store, Clock.systemUTC().instant(),
                            Clock.systemDefaultZone().getZone(), 30);
                    JobRecord r = first;
                    dir = store.create(first, staged -> LocalJobControl.prepare(staged, r));
                    say("created " + first.name);
                }
                case "move" -> say(early.moveLogInto(dir) ? "moved" : "not moved");
                case "go" -> say(early.go(List.of(dir.name(), handoff.toString(), "--json")) ? "handed" : "not handed");
                case "pid" -> {
                    ProcessIdentity child = ProcessIdentity.of(early.process().toHandle());
                    store.update(first.name, r -> {
                        if (r.pid == null) {
                            r.pid = child.pid();
                            r.pidStart = child.start();
                        }
                    });
                    say("recorded");
                }
                default -> say("unknown step " + step);
            }
        }
    }

    static LaunchSpec sample(boolean longDemo) {
        DataSpec data = longDemo ? DataSpec.longDemo() : new DataSpec(null, null, "titanic", null, List.of(), "titanic");
        return new LaunchSpec(Backend.LOCAL, null, null, data, HyperParameterRules.onLessonValues(Map.of()),
                null, Resources.local(0), null, null, null);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
