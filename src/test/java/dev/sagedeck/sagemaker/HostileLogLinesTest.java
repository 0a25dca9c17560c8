package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.InertText;
import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.LogLine;
import dev.sagedeck.testing.ScriptedAws;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Log lines written by someone else's code: kept byte for byte as data, rendered inert by the UI. */
class HostileLogLinesTest {
    private static final String JOB = "alice-hostile-1";
    private ScriptedAws aws;
    private AwsConnection connection;

    @BeforeEach
    void start() {
        aws = ScriptedAws.start();
        aws.sageMaker().addJob(JOB).tag("owner", "alice");
        connection = AwsTestSupport.connect(aws.endpoint());
    }

    @AfterEach
    void stop() {
        connection.close();
        aws.close();
    }

    @Test
    void escapeSequencesAndControlBytes_arriveAsData_andRenderInert() {
        String hostile = "\u001B[2J\u001B[H\u001B]0;pwned\u0007\u0000\u0008\u009B31mred\u202Eevil";
        aws.logs().append(JOB + "/algo-1-1764151200", Instant.now(), hostile);

        LogLine line = AwsTestSupport.jobs(connection).readLogs(JOB, LogCursor.START).lines().get(0);
        String shown = InertText.of(line.text());

        assertThat(line.text()).as("the adapter keeps the bytes").isEqualTo(hostile);
        assertThat(shown).doesNotContain("\u001B", "\u0007", "\u0000", "\u0008", "\u009B", "\u202E")
                .startsWith("␛[2J␛[H␛]0;pwned␇␀␈");
        assertThat(InertText.isInert(shown)).isTrue();
    }

    @Test
    void oneMegabyteLine_passesThroughWhole_andIsCutOnlyForDisplay() {
        String huge = "x".repeat(1_048_576);
        aws.logs().append(JOB + "/algo-1-1764151200", Instant.now(), "before");
        aws.logs().append(JOB + "/algo-1-1764151200", Instant.now(), huge);
        aws.logs().append(JOB + "/algo-1-1764151200", Instant.now(), "after");

        LogChunk chunk = AwsTestSupport.jobs(connection).readLogs(JOB, LogCursor.START);

        assertThat(chunk.lines()).extracting(LogLine::text).containsExactly("before", huge, "after");
        assertThat(InertText.of(chunk.lines().get(1).text())).hasSizeLessThan(5000).endsWith("more characters)");
    }

    @Test
    void tabsEncodedByCloudWatch_becomeRealTabs() {
        aws.logs().append(JOB + "/algo-1-1764151200", Instant.now(), "[3]#011train-auc:0.9#011validation-auc:0.8\n");

        LogLine line = AwsTestSupport.jobs(connection).readLogs(JOB, LogCursor.START).lines().get(0);

        assertThat(line.text()).isEqualTo("[3]\ttrain-auc:0.9\tvalidation-auc:0.8");
        assertThat(line.source()).isEqualTo("algo-1");
    }
}
