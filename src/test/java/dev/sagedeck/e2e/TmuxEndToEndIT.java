package dev.sagedeck.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command 1 in a real terminal (tmux, 100x30): the launcher opens the dashboard on the
 * local backend, n and the wizard start a run on the bundled sample, the run reaches Completed with its log on
 * screen, q quits, and the terminal is restored (same stty settings, the shell prompt back).
 * Runs after `package` (failsafe), on the jar the build just made.
 */
class TmuxEndToEndIT {
    private static final Path REPO = Path.of(System.getProperty("user.dir"));
    private final String session = "sagedeck-e2e-" + ProcessHandle.current().pid();

    @TempDir
    Path home;

    @BeforeEach
    void tmuxExists() throws Exception {
        assertThat(run("tmux", "-V")).as("tmux is required for the end-to-end test (.ci/test installs it)").startsWith("tmux");
    }

    @AfterEach
    void killSession() throws Exception {
        run("tmux", "kill-session", "-t", session);
    }

    @Test
    void readmeCommand1_trainsTheSample_showsItCompleted_andQuitsCleanly() throws Exception {
        Path before = home.resolve("stty-before");
        Path after = home.resolve("stty-after");
        String cmd = "stty -g > " + before + "; SAGEDECK_HOME=" + home + " SAGEDECK_OWNER=e2e " + REPO.resolve("dist/sagedeck")
                + " --local-only; echo SAGEDECK-EXITED=$?; stty -g > " + after + "; sleep 120";
        run("tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "30", "sh", "-c", cmd);

        String screen = waitFor(s -> s.contains("No training jobs yet"), Duration.ofSeconds(120));
        assertThat(screen).contains("owner: e2e").contains(" ? help");

        keys("n"); // the launch wizard: local and the bundled sample are the defaults; Enter walks to the review
        waitFor(s -> s.contains("step 1 of 5"), Duration.ofSeconds(10));
        for (int step = 2; step <= 5; step++) {
            keys("Enter");
            int expected = step;
            waitFor(s -> s.contains("step " + expected + " of 5"), Duration.ofSeconds(10));
        }
        screen = waitFor(s -> s.contains("PASS") && s.contains("sagedeck train --sample titanic"), Duration.ofSeconds(10));
        keys("Enter");
        screen = waitFor(s -> s.contains("+ Completed") && s.matches("(?s).*\\[99\\]\\s+train-logloss.*"), Duration.ofSeconds(120));
        assertThat(screen).contains("Log (");

        keys("Escape");
        screen = waitFor(s -> s.contains("My jobs (1)"), Duration.ofSeconds(10));
        assertThat(screen).contains("e2e-").contains("local").contains("+ Completed");

        keys("q");
        screen = waitFor(s -> s.contains("SAGEDECK-EXITED=0"), Duration.ofSeconds(10));
        assertThat(screen).doesNotContain("My jobs");
        waitForFile(after, Duration.ofSeconds(5));
        assertThat(Files.readString(after)).as("terminal settings restored").isEqualTo(Files.readString(before));
    }

    private void keys(String key) throws Exception {
        run("tmux", "send-keys", "-t", session, key);
    }

    private String waitFor(Predicate<String> condition, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            String previous = screen;
            screen = run("tmux", "capture-pane", "-p", "-t", session);
            // a frame is written in many pieces: accept it once two captures agree
            if (condition.test(screen) && screen.equals(previous)) {
                return screen;
            }
            Thread.sleep(100); // polling a real terminal: there is no idle signal to wait on
        }
        throw new AssertionError("timed out after " + patience + "; the screen was:\n" + screen);
    }

    private static void waitForFile(Path file, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline && (!Files.exists(file) || Files.size(file) == 0)) {
            Thread.sleep(50);
        }
    }

    private static String run(String... argv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(argv)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
