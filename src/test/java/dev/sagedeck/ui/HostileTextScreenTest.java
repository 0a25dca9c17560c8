package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.Jobs;
import dev.sagedeck.app.Msg;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.testing.InMemoryTrainingJobs;
import dev.sagedeck.testing.ScreenHarness;
import org.junit.jupiter.api.Test;

/** Text from outside (backend messages, job names, log lines) never acts on the terminal nor stops the dashboard. */
class HostileTextScreenTest {
    static final String HOSTILE = "boom \u001B[2J\u001B]0;pwned\u0007 bell\u0007 cr\r nul\u0000 csi\u009B31m end";

    static InMemoryTrainingJobs backend() {
        InMemoryTrainingJobs b = new InMemoryTrainingJobs(Backend.SAGEMAKER, Ownership.of("alice"));
        b.put(Jobs.running("alice-xgb-20261126-115500", "alice"));
        b.put(Jobs.running("alice-xgb-20261126-110000", "alice"));
        return b;
    }

    @Test
    void aDialogMessageWithEscBelCrNulAndC1_rendersInert_andTheDashboardKeepsAnswering() {
        try (ScreenHarness h = ScreenHarness.start(100, 30, backend(), "alice")) {
            h.send(new Msg.LaunchFailed(HOSTILE));
            h.awaitIdle();

            assertThat(h.flat()).contains("boom ␛[2J␛]0;pwned␇ bell␇ cr␍ nul␀ csi\uFFFD31m end");
            assertThat(h.text()).doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\u009B");
            h.press("<Escape>");
            assertThat(h.text()).doesNotContain("boom");
            String before = h.state().list().selected();
            h.press("<Down>");
            assertThat(h.state().list().selected()).isNotEqualTo(before);
        }
    }
}
