package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import dev.sagedeck.Wiring;
import dev.sagedeck.cli.GlobalOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real dashboard start (Wiring, Dashboard) on a virtual terminal, with a config file that is partly or wholly broken. */
class DashboardWithBadConfigTest {
    @TempDir
    Path home;

    Wiring wiring() {
        return new Wiring(Map.of("SAGEDECK_HOME", home.toString(), "SAGEDECK_OWNER", "alice", "HOME", home.toString()));
    }

    @Test
    void aBadKeyName_theDashboardDoesNotStart_andSaysWhichSettingInOneLine() throws Exception {
        Files.writeString(home.resolve("config.properties"), "key.stop=K,F13\n");
        StringWriter err = new StringWriter();
        int code = wiring().runDashboard(new GlobalOptions(), null, false, new PrintWriter(err, true),
                new DefaultVirtualTerminal(new TerminalSize(80, 24)));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n")
                .isEqualTo("sagedeck: config file " + home.resolve("config.properties") + ", key key.stop: 'F13' is not a key: "
                        + dev.sagedeck.app.keys.KeyNames.ACCEPTED);
    }

    @Test
    void badAwsSettingsOnly_theDashboardOpensOnLocalJobs_andSaysWhatIsWrong() throws Exception {
        Files.writeString(home.resolve("config.properties"), "aws.retry.attempts=banana\n");
        BlockingQueue<KeyStroke> keys = new LinkedBlockingQueue<>();
        // DefaultVirtualTerminal.readInput blocks while holding the terminal's lock, which would stall
        // every redraw; the dashboard's input thread waits on this queue instead
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(160, 30)) {
            @Override
            public KeyStroke readInput() {
                try {
                    return keys.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new KeyStroke(com.googlecode.lanterna.input.KeyType.EOF);
                }
            }
        };
        Semaphore flushed = new Semaphore(0);
        terminal.addVirtualTerminalListener(new VirtualTerminalListener() {
            @Override
            public void onFlush() {
                flushed.release();
            }

            @Override
            public void onBell() {}

            @Override
            public void onClose() {}

            @Override
            public void onResized(com.googlecode.lanterna.terminal.Terminal t, TerminalSize s) {}
        });
        StringWriter err = new StringWriter();
        ExecutorService ui = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> exit = ui.submit(() -> wiring().runDashboard(new GlobalOptions(), null, false, new PrintWriter(err, true), terminal));
            String screen = "";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            // the banner can come a frame before the list has loaded: wait for both
            while (!(screen.contains("aws.retry.attempts") && screen.contains("My jobs (0)") && screen.contains("No training jobs yet")) && System.nanoTime() < deadline && !exit.isDone()) {
                flushed.tryAcquire(200, TimeUnit.MILLISECONDS); // the next frame, not a guess at how long one takes
                screen = text(terminal);
            }
            // the two-line banner takes rows of its own: the local list below it keeps its titled border
            assertThat(screen).as("err: " + err).contains("My jobs (0)").contains("No training jobs yet")
                    .contains("AWS off - config file " + home.resolve("config.properties") + ", key aws.retry.attempts: 'banana' is not a number")
                    .contains("local jobs only");
            keys.add(KeyStroke.fromString("q"));
            assertThat(exit.get(20, TimeUnit.SECONDS)).isEqualTo(0);
        } finally {
            ui.shutdownNow();
        }
    }

    @Test
    void aBrokenFile_theDashboardSaysItInOneLine_exit2() throws IOException {
        Files.writeString(home.resolve("config.properties"), "owner=\\u12\n");
        StringWriter err = new StringWriter();

        int code = wiring().runDashboard(new GlobalOptions(), null, false, new PrintWriter(err, true),
                new DefaultVirtualTerminal(new TerminalSize(80, 24)));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n")
                .isEqualTo("sagedeck: config file " + home.resolve("config.properties") + ", key owner: line 1: '\\u12' is not a unicode escape (\\u needs 4 hex digits)");
    }

    static String text(DefaultVirtualTerminal t) {
        StringBuilder b = new StringBuilder();
        for (int y = 0; y < t.getTerminalSize().getRows(); y++) {
            for (int x = 0; x < t.getTerminalSize().getColumns(); x++) {
                b.append(t.getCharacter(x, y).getCharacterString());
            }
            b.append('\n');
        }
        return b.toString();
    }
}
