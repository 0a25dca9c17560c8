package dev.sagedeck.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagedeck.domain.JobStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A job.json that is not a record (garbage, cut short, empty, wrong types, absurdly deep) is never
 * read as one: the read fails with one line saying where (line and column, or the field) and what,
 * and the job is listed as Damaged with that reason and its file named, never hidden or crashed on.
 */
class DamagedJobRecordTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> damaged() {
        String good = good();
        return Stream.of(
                Arguments.of("garbage", "not json at all".getBytes(StandardCharsets.UTF_8), "line 1, column 5: Unrecognized token 'not'"),
                Arguments.of("cut short", good.substring(0, good.length() / 2).getBytes(StandardCharsets.UTF_8), "end-of-input"),
                Arguments.of("empty", new byte[0], "empty"),
                Arguments.of("blanks only", " \n\t ".getBytes(StandardCharsets.UTF_8), "empty"),
                Arguments.of("a pid that is text", with("\"pid\" : \"abc\""), "\"pid\" should be a whole number, not the text \"abc\""),
                Arguments.of("a pid too large", with("\"pid\" : 99999999999999999999"), "\"pid\" is out of range"),
                Arguments.of("a pid with a fraction", with("\"pid\" : 12.5"), "\"pid\" should be a whole number, not the number 12.5"),
                Arguments.of("an exit code past int", with("\"exitCode\" : 3000000000"), "\"exitCode\" is out of range"),
                Arguments.of("transitions an object", with("\"transitions\" : { }"), "\"transitions\" should be a list, not an object"),
                Arguments.of("a transition a number", with("\"transitions\" : [ 1 ]"), "\"transitions[0]\" should be an object, not the number 1"),
                Arguments.of("a time that is no time", with("\"transitions\" : [ { \"start\" : \"yesterday\" } ]"),
                        "\"transitions[0].start\" should be a time like 2026-12-07T01:02:03Z, not the text \"yesterday\""),
                Arguments.of("a metric that is text", with("\"finalMetrics\" : { \"auc\" : \"high\" }"),
                        "\"finalMetrics.auc\" should be a number, not the text \"high\""),
                Arguments.of("a name that is a list", with("\"name\" : [ ]"), "\"name\" should be a string, not a list"),
                Arguments.of("the search's counters as text", with("\"search\" : { \"completed\" : \"3\" }"),
                        "\"search.completed\" should be a whole number, not the text \"3\""),
                Arguments.of("a list, not an object", "[ 1, 2 ]".getBytes(StandardCharsets.UTF_8), "the job record should be a JSON object, not a list"),
                Arguments.of("two documents", (good + " {}").getBytes(StandardCharsets.UTF_8), "more after the end of the JSON value"),
                Arguments.of("nested 5,000 deep", ("{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8),
                        "nesting depth"),
                Arguments.of("not UTF-8", new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'}, "UTF-8"),
                Arguments.of("control characters in garbage", "\u001b[31mboom\u0007".getBytes(StandardCharsets.UTF_8),
                        "line 1, column 2: Illegal character ((CTRL-CHAR, code 27))"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damaged")
    void aDamagedRecord_failsWithWhereAndWhat_inOneInertLine(String what, byte[] bytes, String says) throws Exception {
        Path file = tmp.resolve("job.json");
        Files.write(file, bytes);

        assertThatThrownBy(() -> JobRecordFile.read(file)).isInstanceOf(IOException.class).hasMessageContaining(says)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("[\\p{Cntrl}\\u0080-\\u009f]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damaged")
    void aDamagedRecord_isListedAsDamaged_namingItsFileAndWhy(String what, byte[] bytes, String says) throws Exception {
        LocalJobStore store = new LocalJobStore(tmp, Clock.systemUTC());
        Files.createDirectories(tmp.resolve("alice-bad-1"));
        Files.write(tmp.resolve("alice-bad-1/job.json"), bytes);

        JobRecord listed = store.list().get(0);

        assertThat(listed.status).isEqualTo(JobStatus.DAMAGED.text());
        assertThat(listed.failureReason).contains("alice-bad-1/job.json is unreadable").contains(says)
                .contains("sagedeck forget alice-bad-1");
    }

    private static String good() {
        JobRecord r = new JobRecord();
        r.name = "alice-good-1";
        r.status = "InProgress";
        r.created = Instant.parse("2026-12-07T00:00:00Z");
        r.enter("Starting", r.created, "go");
        r.hyperParameters.put("max_depth", "5");
        return new String(JobRecordFile.bytes(r), StandardCharsets.UTF_8);
    }

    /** A good record with {@code field} added last (of two fields of one name, the last is read). */
    private static byte[] with(String field) {
        String good = good();
        return (good.substring(0, good.lastIndexOf('}')).stripTrailing() + ",\n  " + field + "\n}").getBytes(StandardCharsets.UTF_8);
    }
}
