package dev.sagedeck.testing;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.sagedeck.app.AppState;
import dev.sagedeck.usecase.GuardedStop;
import dev.sagedeck.app.Msg;
import dev.sagedeck.app.Session;
import dev.sagedeck.app.keys.Key;
import dev.sagedeck.app.keys.Keymap;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.port.AuditLog;
import dev.sagedeck.port.TrainingJobs;
import dev.sagedeck.runtime.Busy;
import dev.sagedeck.runtime.EffectRunner;
import dev.sagedeck.runtime.Program;
import dev.sagedeck.ui.KeyTranslator;
import dev.sagedeck.ui.LanternaView;
import dev.sagedeck.ui.Themes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The real dashboard (program, reducer, effect runner, Lanterna view) on a virtual terminal.
 * Tests press keys, wait for idle and read the screen as text: no sleeps, no real terminal.
 */
public final class ScreenHarness implements AutoCloseable {
    public static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");

    private final DefaultVirtualTerminal terminal;
    private final TerminalScreen screen;
    private final Program program;
    private final Busy busy = new Busy();
    private final EffectRunner runner;
    private final MutableClock clock = new MutableClock(T0);
    private final ByteArrayOutputStream rawOut = new ByteArrayOutputStream();
    private final List<AuditLog.Entry> audit = Collections.synchronizedList(new ArrayList<>());
    private final Path stateDir;

    private ScreenHarness(int columns, int rows, TrainingJobs jobs, Session session, dev.sagedeck.runtime.Services services,
            Path configFile) throws IOException {
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        stateDir = Files.createTempDirectory("sagedeck-screen");
        LanternaView view = new LanternaView(screen, Themes.load("default", null), rawOut).tmuxPassthrough(false);
        program = new Program(AppState.initial(session, columns, rows, clock.instant()), view, busy);
        // as the dashboard's wiring: a name no training job has may be a search's (stop TUNING_JOB)
        TrainingJobs stoppable = services.searches().isEmpty() ? jobs
                : new dev.sagedeck.usecase.JobsOrSearches(jobs, new dev.sagedeck.usecase.AllSearches(services.searches()));
        GuardedStop stopper = new GuardedStop(stoppable, audit::add, () -> null, "test-user", clock);
        runner = new EffectRunner(jobs, services, stopper, new dev.sagedeck.runtime.Stores(stateDir,
                new dev.sagedeck.config.SettingsFile(configFile != null ? configFile : stateDir.resolve("config.properties")),
                new dev.sagedeck.config.PhaseHistoryFile(stateDir)), clock, busy, program::send);
        program.attach(runner);
        terminal.addResizeListener((t, s) -> program.send(new Msg.Resized(s.getColumns(), s.getRows())));
    }

    /** A dashboard for {@code owner} on the given backend, after its first tick has listed the jobs. */
    public static ScreenHarness start(int columns, int rows, TrainingJobs jobs, String owner) {
        return start(columns, rows, jobs, session(owner, false));
    }

    public static ScreenHarness start(int columns, int rows, TrainingJobs jobs, Session session) {
        return start(columns, rows, jobs, session, dev.sagedeck.runtime.Services.NONE);
    }

    /** With a launch planner for the wizard's review (null: none wired, as before the SageMaker launch adapter). */
    public static ScreenHarness start(int columns, int rows, TrainingJobs jobs, Session session, dev.sagedeck.port.LaunchPlanning planning) {
        return start(columns, rows, jobs, session, new dev.sagedeck.runtime.Services(planning, null, null));
    }

    /** With the optional adapters (planner, S3 browser store, model evaluation), each may be null. */
    public static ScreenHarness start(int columns, int rows, TrainingJobs jobs, Session session, dev.sagedeck.runtime.Services services) {
        return start(columns, rows, jobs, session, services, null);
    }

    /** Saving settings (the first-run owner) to {@code configFile}, the one the backends read (null: a temp file). */
    public static ScreenHarness start(int columns, int rows, TrainingJobs jobs, Session session, dev.sagedeck.runtime.Services services,
            Path configFile) {
        try {
            ScreenHarness h = new ScreenHarness(columns, rows, jobs, session, services, configFile);
            h.tick(Duration.ZERO);
            return h;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Session session(String owner, boolean readOnly) {
        Keymap keys = Keymap.defaults();
        return new Session("test", owner == null ? new Ownership(null, "owner", null) : Ownership.of(owner),
                "local + sagemaker", "AWS: us-east-1 (profile default)", null, readOnly, readOnly ? keys.readOnly() : keys,
                java.util.Map.of("ml.m5.large", new dev.sagedeck.domain.Price("ml.m5.large", 0.115, "test price")));
    }

    /** Presses keys written as in the help: "q", "?", "<Enter>", "<Down><Down>", "abc" types three keys. */
    public ScreenHarness press(String keys) {
        for (String k : split(keys)) {
            terminal.addInput(KeyStroke.fromString(k));
        }
        return awaitIdle();
    }

    /** Sends a message straight to the program (benchmarks feeding log chunks). */
    public void send(Msg msg) {
        program.send(msg);
    }

    /** Moves the clock and lets the dashboard tick (refreshes and log polls come due). */
    public ScreenHarness tick(Duration d) {
        clock.advance(d);
        program.send(new Msg.Tick(clock.instant()));
        return awaitIdle();
    }

    public ScreenHarness resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        return awaitIdle();
    }

    /** Steps the program until no key is pending, no effect is running and no message is queued. */
    public ScreenHarness awaitIdle() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try {
            while (System.nanoTime() < deadline) {
                KeyStroke k;
                boolean sent = false;
                while ((k = screen.pollInput()) != null) {
                    Key key = KeyTranslator.translate(k);
                    if (key != null) {
                        program.send(new Msg.KeyPressed(key));
                        sent = true;
                    }
                }
                program.step();
                if (!sent && busy.idle()) {
                    program.step();
                    return this;
                }
                Thread.onSpinWait();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("dashboard did not become idle within 10 s (busy=" + busy.count() + "); screen:\n" + text());
    }

    /**
     * Presses keys and steps the dashboard until {@code text} is on screen, without waiting for idle:
     * for what the screen shows while an effect the test holds back is still running (idle would
     * never come). Fails with the screen after 10 s.
     */
    public ScreenHarness pressUntil(String keys, String text) {
        for (String k : split(keys)) {
            terminal.addInput(KeyStroke.fromString(k));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try {
            while (System.nanoTime() < deadline) {
                KeyStroke k;
                while ((k = screen.pollInput()) != null) {
                    Key key = KeyTranslator.translate(k);
                    if (key != null) {
                        program.send(new Msg.KeyPressed(key));
                    }
                }
                program.step();
                if (text().contains(text)) {
                    return this;
                }
                Thread.onSpinWait();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("'" + text + "' not on screen within 10 s (busy=" + busy.count() + "); screen:\n" + text());
    }

    /**
     * Steps the dashboard until the screen contains {@code text} (work started by a file watch or
     * another process, which no key press waits for); returns how long that took, or fails with the
     * screen when {@code deadline} passes. No tick is sent: the clock stays where it is.
     */
    public Duration awaitText(String text, Duration deadline) {
        long start = System.nanoTime();
        long end = start + deadline.toNanos();
        while (true) {
            awaitIdle();
            if (text().contains(text)) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("'" + text + "' not on screen within " + deadline.toMillis() + " ms; screen:\n" + text());
            }
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000); // a poll interval: the loop re-checks the screen
        }
    }

    /** The screen as text, trailing spaces trimmed, one line per row. */
    public String text() {
        StringBuilder b = new StringBuilder();
        TerminalSize size = terminal.getTerminalSize();
        for (int y = 0; y < size.getRows(); y++) {
            b.append(line(y)).append('\n');
        }
        return b.toString();
    }

    /** What a golden file holds: the screen as text, then which control has the focus ({@link FocusLine}). */
    public String snapshot() {
        return text() + FocusLine.of(program.state()) + "\n";
    }

    /** The screen's words in reading order, borders and line breaks removed: for text that may wrap. */
    public String flat() {
        return text().replaceAll("[|+]", " ").replaceAll("-{3,}", " ").replaceAll("\\s+", " ");
    }

    public String line(int row) {
        StringBuilder b = new StringBuilder();
        for (int x = 0; x < terminal.getTerminalSize().getColumns(); x++) {
            b.append(terminal.getCharacter(x, row).getCharacterString());
        }
        return b.toString().stripTrailing();
    }

    /** The first row holding {@code text}; fails when no row does. */
    public int row(String text) {
        for (int y = 0; y < terminal.getTerminalSize().getRows(); y++) {
            if (line(y).contains(text)) {
                return y;
            }
        }
        throw new AssertionError("no row holds '" + text + "':\n" + text());
    }

    public AppState state() {
        return program.state();
    }

    public String rawOutput() {
        return rawOut.toString(java.nio.charset.StandardCharsets.US_ASCII);
    }

    public List<AuditLog.Entry> audit() {
        return List.copyOf(audit);
    }

    public DefaultVirtualTerminal terminal() {
        return terminal;
    }

    public Path stateDir() {
        return stateDir;
    }

    public static List<String> split(String keys) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < keys.length()) {
            if (keys.charAt(i) == '<') {
                int end = keys.indexOf('>', i);
                if (end > i + 1) {
                    out.add(keys.substring(i, end + 1));
                    i = end + 1;
                    continue;
                }
            }
            out.add(String.valueOf(keys.charAt(i)));
            i++;
        }
        return out;
    }

    @Override
    public void close() {
        runner.close();
        try {
            screen.stopScreen();
        } catch (IOException ignored) {
            // virtual terminal: nothing to restore
        }
    }
}
