package dev.sagedeck.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first ten minutes in a real terminal (tmux, 80x24, a fresh SAGEDECK_HOME, no owner
 * set): the launcher opens the dashboard, the first-run prompt asks who you are, the wizard starts
 * the long demo, its log streams, S stops it, C clones it with max_depth 5 (typed over the 3), Space Space marks both, =
 * compares them, t scores them on titanic_test.csv, q quits and the terminal is restored. Each step
 * waits for what a user would see on the screen, never for a fixed time. Runs after `package`
 * (failsafe), on the jar the build just made.
 */
class TmuxEndToEndIT {
    private static final Path REPO = Path.of(System.getProperty("user.dir"));
    private static final Duration STEP = Duration.ofSeconds(20);
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
    void theReadmesFlow_firstRunToComparedModels_at80x24() throws Exception {
        Path before = home.resolve("stty-before");
        Path after = home.resolve("stty-after");
        // from another directory than the repository: titanic_test.csv must still be found by that name
        String cmd = "cd " + home + "; stty -g > " + before + "; env -u SAGEDECK_OWNER SAGEDECK_HOME=" + home.resolve("state") + " "
                + REPO.resolve("dist/sagedeck") + " --local-only; echo SAGEDECK-EXITED=$?; stty -g > " + after + "; sleep 120";
        run("tmux", "new-session", "-d", "-s", session, "-x", "80", "-y", "24", "sh", "-c", cmd);

        // 1. first run: who are you?
        waitFor(s -> s.contains("Who are you?") && s.contains("Owner: ["), Duration.ofSeconds(120));
        type("e2e");
        keys("Enter");
        String screen = waitFor(s -> s.contains("owner: e2e") && s.contains("No training jobs yet"), STEP);
        assertThat(screen).doesNotContain("Who are you?");

        // 2. n, the wizard: local; Left picks the long demo; the lesson's values; submit
        keys("n");
        waitFor(s -> s.contains("step 1 of 5") && s.contains("local"), STEP);
        keys("Enter");
        waitFor(s -> s.contains("step 2 of 5") && s.contains("the bundled Titanic sample"), STEP);
        keys("Left");
        waitFor(s -> s.contains("long demo"), STEP);
        keys("Enter");
        waitFor(s -> s.contains("step 3 of 5"), STEP);
        keys("Enter");
        screen = waitFor(s -> s.contains("step 4 of 5"), STEP);
        assertThat(screen).containsPattern("max_depth +\\[3").containsPattern("num_round +100");
        keys("Enter");
        screen = waitFor(s -> s.contains("step 5 of 5") && s.contains("PASS"), STEP);
        assertThat(screen).contains("long demo").contains("--demo-long");
        keys("Enter");

        // 3. the job view follows its log while it runs: rounds appear one after another
        screen = waitFor(s -> s.contains("Log (following)") && s.contains("[2]"), Duration.ofSeconds(60));
        assertThat(screen).contains("> InProgress");
        assertThat(keyBar(screen)).as("the key bar offers what comes next").contains("S stop").contains("Esc back");
        screen = waitFor(s -> s.contains("[4]"), STEP);
        assertThat(screen).contains("> InProgress").contains("[3]");

        // 4. S stops it: type the name's last 4 characters, Enter
        keys("S");
        screen = waitFor(s -> s.contains("Stop training job") && s.contains("last 4 characters"), STEP);
        Matcher tail = Pattern.compile("last 4 characters \\((\\S{4})\\)").matcher(screen);
        assertThat(tail.find()).as(screen).isTrue();
        type(tail.group(1));
        keys("Enter");
        screen = waitFor(s -> s.contains("- Stopped") && s.contains("Log (complete)"), Duration.ofSeconds(60));
        assertThat(screen).contains("model so far").doesNotContain("Waiting for log lines");

        // 5. C clones it at the hyperparameters: max_depth 5, submit; the clone runs at full speed
        assertThat(keyBar(screen)).contains("C clone");
        keys("C");
        waitFor(s -> s.contains("Clone of") && s.contains("step 4 of 5") && s.matches("(?s).*max_depth +\\[3_\\].*"), STEP);
        type("5"); // typing into the value the wizard filled in replaces it
        waitFor(s -> s.matches("(?s).*max_depth +\\[5_?\\].*"), STEP);
        keys("Enter");
        screen = waitFor(s -> s.contains("step 5 of 5") && s.contains("PASS"), STEP);
        assertThat(screen).containsPattern("max_depth +3 -> 5");
        keys("Enter");
        screen = waitFor(s -> s.contains("+ Completed") && s.contains("[99]"), Duration.ofSeconds(90));

        // 6. back to the list; Space marks and moves down, Space marks the other; = compares
        keys("Escape");
        screen = waitFor(s -> s.contains("My jobs (2)") && s.contains("+ Completed") && s.contains("- Stopped"), STEP);
        assertThat(keyBar(screen)).as("the 80-column key bar names the keys of this step").contains("Space mark").contains("= compare");
        keys("Space");
        waitFor(s -> s.contains("1 marked"), STEP);
        keys("Space");
        waitFor(s -> s.contains("2 marked"), STEP);
        keys("=");
        screen = waitFor(s -> s.contains("Compare 2 jobs") && s.contains("test accuracy"), STEP);
        assertThat(screen).containsPattern("max_depth +5 +3").contains("*");
        assertThat(keyBar(screen)).contains("t test");

        // 7. t scores both models on the test file the README names
        keys("t");
        type("titanic_test.csv");
        keys("Enter");
        // the footer keeps saying it (the flash line may have moved on to a newer message)
        screen = waitFor(s -> s.contains("Test rows scored on titanic_test.csv"), Duration.ofSeconds(60));
        assertThat(screen).contains("test accuracy").doesNotContain("failed");

        // 8. q quits; the shell gets its terminal back as it was
        keys("q");
        screen = waitFor(s -> s.contains("SAGEDECK-EXITED=0"), STEP);
        assertThat(screen).doesNotContain("Compare 2 jobs");
        waitForFile(after, Duration.ofSeconds(5));
        assertThat(Files.readString(after)).as("terminal settings restored").isEqualTo(Files.readString(before));
    }

    /** The last non-empty row: the key bar. */
    private static String keyBar(String screen) {
        String[] rows = screen.stripTrailing().split("\n");
        return rows[rows.length - 1];
    }

    private void keys(String key) throws Exception {
        run("tmux", "send-keys", "-t", session, key);
    }

    /** Literal text, as typed (a key name like "Enter" in it stays text). */
    private void type(String text) throws Exception {
        run("tmux", "send-keys", "-t", session, "-l", text);
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
