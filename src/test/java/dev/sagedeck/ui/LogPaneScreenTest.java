package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.Jobs;
import dev.sagedeck.app.LogPane;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.LogLine;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.testing.InMemoryTrainingJobs;
import dev.sagedeck.testing.ScreenHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The log pane's switches and its defences against hostile log lines. */
class LogPaneScreenTest {
    static final Instant T0 = ScreenHarness.T0;
    static final String JOB = "alice-run-20261126-115500";

    static InMemoryTrainingJobs backend(LogLine... lines) {
        InMemoryTrainingJobs b = new InMemoryTrainingJobs(Backend.SAGEMAKER, Ownership.of("alice"));
        b.put(Jobs.running(JOB, "alice"));
        b.log(JOB, lines);
        return b;
    }

    @Test
    void escapeSequencesAndControlBytes_areShownInert_notExecuted() {
        InMemoryTrainingJobs b = backend(new LogLine(T0, "algo-1", "red \u001b[31mALERT\u001b[0m bell\u0007 back\bspace \u009b2J"));
        try (ScreenHarness h = ScreenHarness.start(120, 35, b, "alice")) {
            h.press("<Enter>");
            String screen = h.text();
            assertThat(screen).contains("red \u241b[31mALERT\u241b[0m bell\u2407 back\u2408space");
            assertThat(screen).doesNotContain("\u001b");
        }
    }

    @Test
    void aOneMegabyteLine_isCutWithACount_andKeysStillAnswer() {
        InMemoryTrainingJobs b = backend(new LogLine(T0, "algo-1", "x".repeat(1_000_000)), new LogLine(T0, "algo-1", "after"));
        try (ScreenHarness h = ScreenHarness.start(120, 35, b, "alice")) {
            h.press("<Enter>");
            assertThat(h.text()).contains("after");
            h.press("w");
            assertThat(h.text()).contains("more characters)");
            h.press("<Esc>");
            assertThat(h.text()).contains("My jobs (1)");
        }
    }

    @Test
    void t_showsTimestamps_w_wrapsLongLines_i_showsOneInstance() {
        InMemoryTrainingJobs b = backend(new LogLine(T0.minusSeconds(5), "algo-1", "first from one " + "y".repeat(150)),
                new LogLine(T0.minusSeconds(4), "algo-2", "second from two"));
        try (ScreenHarness h = ScreenHarness.start(120, 35, b, "alice")) {
            h.press("<Enter>");
            assertThat(h.text()).contains("[algo-1] first from one").contains("[algo-2] second from two").doesNotContain("11:59:55");
            h.press("t");
            assertThat(h.text()).contains("11:59:55 [algo-1] first");
            h.press("w");
            assertThat(h.text().lines().filter(l -> l.contains("yyyy")).count()).isGreaterThan(1);
            h.press("i");
            assertThat(h.text()).contains("algo-1 only").doesNotContain("second from two");
            h.press("i");
            assertThat(h.text()).contains("algo-2 only").contains("second from two").doesNotContain("first from one");
            h.press("i");
            assertThat(h.text()).contains("first from one").contains("second from two");
        }
    }

    @Test
    void s_savesTheLogToAFile_andSaysWhere() throws Exception {
        InMemoryTrainingJobs b = backend(new LogLine(T0, "algo-1", "keep me"));
        try (ScreenHarness h = ScreenHarness.start(120, 35, b, "alice")) {
            h.press("<Enter>");
            h.press("s");
            assertThat(h.line(1)).contains("Saved the log to");
            Path saved;
            try (var files = Files.list(h.stateDir().resolve("saved-logs"))) {
                saved = files.findFirst().orElseThrow();
            }
            assertThat(h.line(1)).contains(saved.getFileName().toString());
            assertThat(Files.readString(saved)).contains("[algo-1] keep me");
        }
    }

    @Test
    void c_copiesTheJobNameThroughOsc52() {
        try (ScreenHarness h = ScreenHarness.start(120, 35, backend(), "alice")) {
            h.press("c");
            String b64 = Base64.getEncoder().encodeToString(JOB.getBytes());
            assertThat(h.rawOutput()).isEqualTo("\u001b]52;c;" + b64 + "\u0007");
            assertThat(h.line(1)).contains("Copied " + JOB);
        }
    }

    @Test
    void y_showsTheRawDescription() {
        try (ScreenHarness h = ScreenHarness.start(120, 35, backend(), "alice")) {
            h.press("<Enter><Tab>y");
            assertThat(h.text()).contains("Raw description").contains("\"TrainingJobName\": \"" + JOB + "\"");
        }
    }

    @Test
    void theBufferIsBounded_andSaysHowManyLinesWereDropped() {
        InMemoryTrainingJobs b = backend();
        try (ScreenHarness h = ScreenHarness.start(120, 35, b, "alice")) {
            h.press("<Enter>");
            LogLine[] burst = new LogLine[LogPane.DEFAULT_CAP / 4];
            for (int round = 0; round < 5; round++) {
                for (int i = 0; i < burst.length; i++) {
                    burst[i] = new LogLine(T0, "algo-1", "burst " + round + " line " + i);
                }
                b.log(JOB, burst);
                h.tick(Duration.ofSeconds(3));
            }
            assertThat(h.state().logs().buffer().size()).isLessThanOrEqualTo(LogPane.DEFAULT_CAP);
            assertThat(h.text()).contains("earlier lines dropped to bound memory").contains("burst 4 line " + (burst.length - 1));
        }
    }

    @Test
    void notesFromTheBackend_sayTheLogMayBeIncomplete() {
        InMemoryTrainingJobs b = backend(new LogLine(T0, "algo-1", "hello"));
        try (ScreenHarness h = ScreenHarness.start(120, 35, b, "alice")) {
            h.press("<Enter>");
            b.note(JOB, "new instance stream discovered: algo-2");
            h.tick(Duration.ofSeconds(3));
            assertThat(h.text()).contains("note: new instance stream discovered: algo-2");
        }
    }
}
