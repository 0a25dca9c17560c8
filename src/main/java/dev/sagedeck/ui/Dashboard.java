package dev.sagedeck.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import dev.sagedeck.app.AppState;
import dev.sagedeck.usecase.GuardedStop;
import dev.sagedeck.app.Msg;
import dev.sagedeck.app.Session;
import dev.sagedeck.app.keys.Key;
import dev.sagedeck.app.view.Role;
import dev.sagedeck.port.TrainingJobs;
import dev.sagedeck.runtime.Busy;
import dev.sagedeck.runtime.EffectRunner;
import dev.sagedeck.runtime.Services;
import dev.sagedeck.runtime.Program;
import dev.sagedeck.runtime.Stores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the full-screen dashboard on the terminal sagedeck was started in: one UI thread (the
 * caller) owns the state and the screen; an input thread turns key strokes into messages; a
 * ticker sends the clock; effects run on the runner's pool. Quitting restores the terminal.
 */
public final class Dashboard {
    private final TrainingJobs jobs;
    private final GuardedStop stopper;
    private final Session session;
    private final Map<Role, Themes.Style> theme;
    private final Stores stores;
    private final Services services;
    private String notice;

    /** {@code services}: launch planning, the S3 browser and model evaluation, each null when not available. */
    public Dashboard(TrainingJobs jobs, Services services, GuardedStop stopper, Session session,
            Map<Role, Themes.Style> theme, Stores stores) {
        this.services = services;
        this.jobs = jobs;
        this.stopper = stopper;
        this.session = session;
        this.theme = theme;
        this.stores = stores;
    }

    /** Shows {@code text} in the status line of the first frame (a problem found at start), null for none. */
    public Dashboard withNotice(String text) {
        this.notice = text;
        return this;
    }

    public void run() throws IOException, InterruptedException {
        DefaultTerminalFactory factory = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8)
                .setForceTextTerminal(true) // never a Swing window, even with DISPLAY set
                .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP);
        run(factory.createTerminal());
    }

    /** Runs on the given terminal until the user quits (tests pass a virtual one). */
    public void run(Terminal terminal) throws IOException, InterruptedException {
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Busy busy = new Busy();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "sagedeck-tick"));
        Clock clock = Clock.systemUTC();
        try {
            TerminalSize size = screen.getTerminalSize();
            LanternaView view = new LanternaView(screen, theme, System.out);
            Program program = new Program(AppState.initial(session, size.getColumns(), size.getRows(), clock.instant())
                    .withFlash(notice), view, busy);
            try (EffectRunner runner = new EffectRunner(jobs, services, stopper, stores, clock, busy, program::send)) {
                program.attach(runner);
                terminal.addResizeListener((t, s) -> program.send(new Msg.Resized(s.getColumns(), s.getRows())));
                ticker.scheduleAtFixedRate(() -> program.send(new Msg.Tick(clock.instant())), 0, 1, TimeUnit.SECONDS);
                Thread input = daemon(() -> readKeys(screen, program), "sagedeck-input");
                input.start();
                program.run();
            }
        } finally {
            ticker.shutdownNow();
            screen.stopScreen(); // leaves the alternate screen and restores the tty modes
        }
    }

    private static void readKeys(TerminalScreen screen, Program program) {
        try {
            while (true) {
                KeyStroke k = screen.readInput(); // blocks: an idle dashboard spends no CPU on input
                if (k == null || k.getKeyType() == KeyType.EOF) {
                    program.send(new Msg.InputClosed());
                    return;
                }
                Key key = KeyTranslator.translate(k);
                if (key != null) {
                    program.send(new Msg.KeyPressed(key));
                }
            }
        } catch (IOException | RuntimeException e) {
            program.send(new Msg.InputClosed());
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
