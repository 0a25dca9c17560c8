package dev.sagedeck.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFileTest {
    @TempDir
    Path tmp;

    @Test
    void tail_returnsTheLastLines_andSaysEarlierOnesWereLeftOut() throws Exception {
        Path f = tmp.resolve("log");
        Files.writeString(f, IntStream.rangeClosed(1, 800).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining()));

        LogFile.Read r = LogFile.tail(f, 500, false);

        assertThat(r.lines()).hasSize(500).first().isEqualTo("line 301");
        assertThat(r.lines()).last().isEqualTo("line 800");
        assertThat(r.earlierOmitted()).isTrue();
        assertThat(r.next()).isEqualTo(Files.size(f));
    }

    @Test
    void lineBeingWritten_isHeldBack_untilTheRunIsOver() throws Exception {
        Path f = tmp.resolve("log");
        Files.writeString(f, "done\nhalf a li");

        LogFile.Read running = LogFile.tail(f, 500, false);
        assertThat(running.lines()).containsExactly("done");
        assertThat(LogFile.from(f, running.next(), false).lines()).isEmpty();

        Files.writeString(f, "ne\n", StandardOpenOption.APPEND);
        assertThat(LogFile.from(f, running.next(), false).lines()).containsExactly("half a line");

        Files.writeString(f, "no newline at the end", StandardOpenOption.APPEND);
        assertThat(LogFile.tail(f, 500, true).lines()).last().isEqualTo("no newline at the end");
    }

    @Test
    void fromOffset_returnsOnlyNewLines_crlfAndBadUtf8Handled() throws Exception {
        Path f = tmp.resolve("log");
        Files.writeString(f, "a\r\nb\n");
        LogFile.Read first = LogFile.from(f, 0, false);
        assertThat(first.lines()).containsExactly("a", "b");
        Files.write(f, new byte[] {'c', (byte) 0xff, '\u001b', '\n'}, StandardOpenOption.APPEND);

        LogFile.Read second = LogFile.from(f, first.next(), false);

        assertThat(second.lines()).containsExactly("c\ufffd\u001b");
    }

    @Test
    void megabyteLine_comesBackWhole() throws Exception {
        Path f = tmp.resolve("log");
        String big = "x".repeat(1024 * 1024);
        Files.writeString(f, "before\n" + big + "\nafter\n", StandardCharsets.UTF_8);

        assertThat(LogFile.tail(f, 500, false).lines()).containsExactly("before", big, "after");
    }

    @Test
    void offsetBeyondTheEnd_isRejected() throws Exception {
        Path f = tmp.resolve("log");
        Files.writeString(f, "a\n");
        assertThatThrownBy(() -> LogFile.from(f, 99, false)).hasMessageContaining("beyond the end");
    }

    @Test
    void missingLog_readsAsEmpty() throws Exception {
        assertThat(LogFile.tail(tmp.resolve("none"), 500, false).lines()).isEmpty();
        assertThat(LogFile.from(tmp.resolve("none"), 0, false).lines()).isEmpty();
    }
}
