// Dashboard speed and memory, measured in-process on Lanterna's virtual terminal (120x35).
// Run with bench/dashboard/run.sh, which compiles the project (this file with the tests) and builds the class path.
//
// 1. key press -> frame with 10,000 jobs loaded while a filter is typed, versus the baseline of
//    Lanterna's own gui2 Table holding the same 10,000 rows (ArrowDown + redraw), in the same run;
// 2. a log pane holding 1,000,000 lines: heap used and PageUp -> frame, versus the baseline of a
//    read-only Lanterna TextBox holding the same lines.
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.table.Table;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.sagedeck.app.Jobs;
import dev.sagedeck.app.Msg;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.LogLine;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.testing.InMemoryTrainingJobs;
import dev.sagedeck.testing.ScreenHarness;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

public class DashboardBench {
    static final int JOBS = 10_000;
    static final int LINES = 1_000_000;

    public static void main(String[] args) throws Exception {
        System.out.println("# key -> frame, " + JOBS + " jobs, 120x35 (ms)");
        double[] ours = keyToFrame();
        double[] base = tableBaseline();
        report("sagedeck, typing a filter", ours);
        report("baseline: Lanterna Table, ArrowDown", base);
        System.out.printf(Locale.ROOT, "ratio p99 sagedeck/baseline: %.3f%n%n", pct(ours, 99) / pct(base, 99));

        System.out.println("# log pane, " + LINES + " lines, 120x35");
        Result logOurs = logPane();
        Result logBase = textBoxBaseline();
        System.out.printf(Locale.ROOT, "sagedeck: heap %.1f MB, PageUp->frame p50 %.2f ms p99 %.2f ms%n", logOurs.heapMb, pct(logOurs.pageMs, 50), pct(logOurs.pageMs, 99));
        System.out.printf(Locale.ROOT, "baseline TextBox: heap %.1f MB, PageUp->frame p50 %.2f ms p99 %.2f ms%n", logBase.heapMb, pct(logBase.pageMs, 50), pct(logBase.pageMs, 99));
        System.out.printf(Locale.ROOT, "ratio heap %.3f, ratio p99 %.3f%n%n", logOurs.heapMb / logBase.heapMb, pct(logOurs.pageMs, 99) / pct(logBase.pageMs, 99));

        System.out.println("# key -> frame in the log pane while 10,000 lines/s arrive (ms)");
        double[] quiet = keysDuringBurst(0);
        double[] burst = keysDuringBurst(10_000);
        report("no lines arriving", quiet);
        report("10,000 lines/s arriving", burst);
        System.out.printf(Locale.ROOT, "ratio p99 burst/quiet: %.3f%n", pct(burst, 99) / pct(quiet, 99));
    }

    /** Presses t (timestamps on/off) in a following log pane while a feeder sends lines/s in chunks of 1,000. */
    static double[] keysDuringBurst(int linesPerSecond) throws Exception {
        InMemoryTrainingJobs b = new InMemoryTrainingJobs(Backend.SAGEMAKER, Ownership.of("alice"));
        b.put(Jobs.running("alice-burst", "alice"));
        try (ScreenHarness h = ScreenHarness.start(120, 35, b, "alice")) {
            h.press("<Enter>");
            Thread feeder = new Thread(() -> {
                int n = 0;
                long next = System.nanoTime();
                while (!Thread.currentThread().isInterrupted() && linesPerSecond > 0) {
                    List<LogLine> lines = new ArrayList<>(1000);
                    for (int k = 0; k < 1000; k++, n++) {
                        lines.add(new LogLine(ScreenHarness.T0.plusMillis(n), "algo-1", "[" + n + "]\ttrain-logloss:0.5\tvalidation-logloss:0.6"));
                    }
                    // parsed here, as the effect runner does off the UI thread
                    h.send(new Msg.LogsRead("alice-burst", new LogChunk(lines, new LogCursor("b" + n), false, List.of())));
                    next += 1_000_000_000L * 1000 / linesPerSecond;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                }
            });
            feeder.setDaemon(true);
            feeder.start();
            List<Double> samples = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                long t = System.nanoTime();
                h.press("t");
                samples.add((System.nanoTime() - t) / 1e6);
            }
            feeder.interrupt();
            feeder.join();
            return warm(samples);
        }
    }

    record Result(double heapMb, double[] pageMs) {}

    static InMemoryTrainingJobs manyJobs() {
        InMemoryTrainingJobs b = new InMemoryTrainingJobs(Backend.SAGEMAKER, Ownership.of("alice"));
        Instant t0 = ScreenHarness.T0;
        for (int i = 0; i < JOBS; i++) {
            JobStatus st = i % 7 == 0 ? JobStatus.IN_PROGRESS : i % 5 == 0 ? JobStatus.FAILED : JobStatus.COMPLETED;
            b.put(Jobs.sagemaker("alice-run-" + i, "alice", st, st.text(), t0.minusSeconds(i * 60L)));
        }
        return b;
    }

    static double[] keyToFrame() {
        try (ScreenHarness h = ScreenHarness.start(120, 35, manyJobs(), "alice")) {
            String typed = "alice-run-12";
            List<Double> samples = new ArrayList<>();
            for (int round = 0; round < 40; round++) {
                h.press("/");
                for (char c : typed.toCharArray()) {
                    long t = System.nanoTime();
                    h.press(String.valueOf(c));
                    samples.add((System.nanoTime() - t) / 1e6);
                }
                for (int i = 0; i < typed.length(); i++) {
                    long t = System.nanoTime();
                    h.press("<BS>");
                    samples.add((System.nanoTime() - t) / 1e6);
                }
                h.press("<Esc>");
                for (int i = 0; i < 5; i++) {
                    long t = System.nanoTime();
                    h.press("<Down>");
                    samples.add((System.nanoTime() - t) / 1e6);
                }
            }
            return warm(samples);
        }
    }

    static double[] tableBaseline() throws Exception {
        DefaultVirtualTerminal term = new DefaultVirtualTerminal(new TerminalSize(120, 35));
        TerminalScreen screen = new TerminalScreen(term);
        screen.startScreen();
        MultiWindowTextGUI gui = new MultiWindowTextGUI(screen);
        Table<String> table = new Table<>("NAME", "WHERE", "STATUS", "ELAPSED");
        for (int i = 0; i < JOBS; i++) {
            table.getTableModel().addRow("alice-run-" + i, "SageMaker", "Completed", "9m00s");
        }
        BasicWindow w = new BasicWindow();
        w.setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
        w.setComponent(table);
        gui.addWindow(w);
        gui.getGUIThread().processEventsAndUpdate();
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < 40 * 29; i++) {
            long t = System.nanoTime();
            term.addInput(new KeyStroke(KeyType.ArrowDown));
            gui.getGUIThread().processEventsAndUpdate();
            samples.add((System.nanoTime() - t) / 1e6);
        }
        screen.stopScreen();
        return warm(samples);
    }

    static Result logPane() {
        InMemoryTrainingJobs b = new InMemoryTrainingJobs(Backend.SAGEMAKER, Ownership.of("alice"));
        b.put(Jobs.running("alice-long", "alice"));
        try (ScreenHarness h = ScreenHarness.start(120, 35, b, "alice")) {
            h.press("<Enter>");
            long before = usedHeap();
            Instant t0 = ScreenHarness.T0;
            int chunk = 10_000;
            for (int i = 0; i < LINES; i += chunk) {
                List<LogLine> lines = new ArrayList<>(chunk);
                for (int k = 0; k < chunk; k++) {
                    int n = i + k;
                    lines.add(new LogLine(t0.plusMillis(n), n % 2 == 0 ? "algo-1" : "algo-2",
                            "[" + n + "]\ttrain-logloss:0." + (100000 + n) + "\tvalidation-logloss:0." + (200000 + n)));
                }
                h.send(new Msg.LogsRead("alice-long", new LogChunk(lines, new LogCursor("c" + i), false, List.of())));
            }
            h.awaitIdle();
            double heap = (usedHeap() - before) / 1e6;
            List<Double> samples = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                long t = System.nanoTime();
                h.press("<PageUp>");
                samples.add((System.nanoTime() - t) / 1e6);
            }
            if (h.state().logs().buffer().size() != LINES) {
                throw new IllegalStateException("expected " + LINES + " lines, got " + h.state().logs().buffer().size());
            }
            return new Result(heap, warm(samples));
        }
    }

    static Result textBoxBaseline() throws Exception {
        DefaultVirtualTerminal term = new DefaultVirtualTerminal(new TerminalSize(120, 35));
        TerminalScreen screen = new TerminalScreen(term);
        screen.startScreen();
        MultiWindowTextGUI gui = new MultiWindowTextGUI(screen);
        long before = usedHeap();
        TextBox box = new TextBox(new TerminalSize(118, 33), TextBox.Style.MULTI_LINE);
        box.setReadOnly(true);
        Instant t0 = ScreenHarness.T0;
        for (int n = 0; n < LINES; n++) {
            box.addLine(t0.plusMillis(n) + " [" + (n % 2 == 0 ? "algo-1" : "algo-2") + "] [" + n + "]\ttrain-logloss:0." + (100000 + n)
                    + "\tvalidation-logloss:0." + (200000 + n));
        }
        BasicWindow w = new BasicWindow();
        w.setComponent(box);
        gui.addWindow(w);
        gui.getGUIThread().processEventsAndUpdate();
        double heap = (usedHeap() - before) / 1e6;
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            long t = System.nanoTime();
            term.addInput(new KeyStroke(KeyType.PageUp));
            gui.getGUIThread().processEventsAndUpdate();
            samples.add((System.nanoTime() - t) / 1e6);
        }
        screen.stopScreen();
        return new Result(heap, warm(samples));
    }

    static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** Drops the first fifth (JIT warm-up) and sorts. */
    static double[] warm(List<Double> samples) {
        double[] a = samples.subList(samples.size() / 5, samples.size()).stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a;
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static void report(String what, double[] s) {
        System.out.printf(Locale.ROOT, "%-40s n=%d p50 %.2f ms  p99 %.2f ms  max %.2f ms%n", what, s.length, pct(s, 50), pct(s, 99), s[s.length - 1]);
    }
}
