package dev.sagedeck.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FailureReasonsTest {
    @Test
    void traceback_givesItsExceptionLine_evenWhenChained() {
        List<String> log = List.of("loading", "Traceback (most recent call last):", "  File \"t.py\", line 3, in <module>",
                "    f()", "KeyError: 'Age'", "", "During handling of the above exception, another exception occurred:", "",
                "Traceback (most recent call last):", "  File \"t.py\", line 5, in <module>", "    raise ValueError('no Age column')",
                "ValueError: no Age column");

        assertThat(FailureReasons.explain(log)).hasValue(new FailureReasons.Explanation("ValueError: no Age column", true));
    }

    @Test
    void withoutTraceback_theLastNonBlankLineIsTheClue() {
        assertThat(FailureReasons.explain(List.of("a", "disk full", "  ")))
                .hasValue(new FailureReasons.Explanation("disk full", false));
        assertThat(FailureReasons.explain(List.of())).isEmpty();
    }
}
