package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.JobPane;
import dev.sagedeck.app.Session;
import dev.sagedeck.app.keys.Keymap;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.testing.InMemoryTrainingJobs;
import dev.sagedeck.testing.ScreenHarness;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keys a user expects to work without reading the help: press a key, wait for idle, read the screen. */
class KeysThatJustWorkScreenTest {

    private static Session session(boolean readOnly, Map<String, String> keys) {
        Keymap k = Keymap.defaults().withOverrides(keys);
        return new Session("test", Ownership.of("alice"), "local + sagemaker", "AWS: us-east-1 (profile default)", null, readOnly,
                readOnly ? k.readOnly() : k, Map.of());
    }

    @Test
    void esc_clearsAnActiveFilter_andEveryJobShowsAgain() {
        try (ScreenHarness h = DashboardFlowsScreenTest.open(120, 35, DashboardFlowsScreenTest.backend())) {
            h.press("/nothing-like-this<Enter>");
            assertThat(h.flat()).contains("No jobs match the filter 'nothing-like-this'. Esc clears it.");
            h.press("<Esc>");
            assertThat(h.text()).contains("My jobs (3)").contains("alice-xgb-20261126-115500").doesNotContain("No jobs match");
            assertThat(h.line(1)).contains("Filter cleared");
        }
    }

    @Test
    void slashAgain_bringsTheFilterBackSelected_typingReplacesIt_andBackspaceEditsIt() {
        try (ScreenHarness h = DashboardFlowsScreenTest.open(120, 35, DashboardFlowsScreenTest.backend())) {
            h.press("/status:fail<Enter>");
            assertThat(h.text()).contains("My jobs (1)").contains("26-100000");
            h.press("/");
            assertThat(h.line(1)).contains("Filter: status:fail_");
            h.press("110000<Enter>");
            assertThat(h.state().list().filter()).isEqualTo("110000");
            assertThat(h.text()).contains("My jobs (1)").contains("26-110000");
            h.press("/<BS><BS><BS><BS>5<Enter>");
            assertThat(h.state().list().filter()).isEqualTo("115");
            assertThat(h.text()).contains("My jobs (1)").contains("26-115500");
        }
    }

    @Test
    void u_clearsEveryMark() {
        try (ScreenHarness h = DashboardFlowsScreenTest.open(120, 35, DashboardFlowsScreenTest.backend())) {
            h.press("  "); // Space marks and moves down: two jobs
            assertThat(h.text()).contains("2 marked");
            h.press("u");
            assertThat(h.text()).doesNotContain("2 marked").contains("Marks cleared (2 were marked)");
            h.press("=");
            assertThat(h.flat()).contains("Mark at least two jobs");
        }
    }

    @Test
    void y_fromTheLogPane_showsTheRawDescription_andEscClosesIt() {
        try (ScreenHarness h = DashboardFlowsScreenTest.open(120, 35, DashboardFlowsScreenTest.backend())) {
            h.press("<Enter>");
            if (h.state().job().focus() != JobPane.Focus.LOGS) {
                h.press("<Tab>");
            }
            assertThat(h.state().job().focus()).isEqualTo(JobPane.Focus.LOGS);
            h.press("y");
            assertThat(h.text()).contains("Raw description");
            h.press("<Esc>");
            assertThat(h.text()).doesNotContain("Raw description");
        }
    }

    @Test
    void remappingUp_keepsTheArrowKeyMoving() {
        InMemoryTrainingJobs b = DashboardFlowsScreenTest.backend();
        try (ScreenHarness h = ScreenHarness.start(120, 35, b, session(false, Map.of("up", "i")))) {
            String first = h.state().list().selected();
            h.press("<Down>");
            assertThat(h.state().list().selected()).isNotEqualTo(first);
            h.press("<Up>");
            assertThat(h.state().list().selected()).isEqualTo(first);
            h.press("<Down>i");
            assertThat(h.state().list().selected()).isEqualTo(first);
        }
    }

    @Test
    void readOnly_aRemappedStopKey_isRefusedAndSaysWhy_theOldLetterDoesNothing() {
        InMemoryTrainingJobs b = DashboardFlowsScreenTest.backend();
        try (ScreenHarness h = ScreenHarness.start(120, 35, b, session(true, Map.of("stop", "K", "new_run", "F5")))) {
            h.press("S");
            assertThat(h.state().flash()).isNull();
            h.press("K");
            assertThat(h.flat()).contains("read-only");
            assertThat(h.state().modal()).isNull();
            h.press("<F5>");
            assertThat(h.flat()).contains("never launches anything");
            assertThat(h.state().wizard()).isNull();
            assertThat(b.stops()).isEmpty();
        }
    }

    @Test
    void readOnly_theHelpListsStopAsDisabled_andTheKeyBarLeavesItOut() {
        try (ScreenHarness h = ScreenHarness.start(120, 35, DashboardFlowsScreenTest.backend(), session(true, Map.of()))) {
            assertThat(h.line(34)).doesNotContain("S stop").doesNotContain("n new run");
            h.press("?");
            assertThat(h.flat()).contains("stop the selected job (asks first; only your own) (disabled: read-only)");
        }
    }

    @Test
    void theFilter_editsWhereTheCursorIs() {
        try (ScreenHarness h = DashboardFlowsScreenTest.open(120, 35, DashboardFlowsScreenTest.backend())) {
            h.press("/status:Faled<Left><Left><Left>i");
            assertThat(h.line(1)).contains("Filter: status:Failed");
            h.press("<Enter>");
            assertThat(h.text()).contains("My jobs (1)").contains("alice-xgb-20261126-100000");
        }
    }

    @Test
    void theOwnerDialog_tabMovesToSkip_andEnterThereSkips() {
        try (ScreenHarness h = ScreenHarness.start(120, 35, DashboardFlowsScreenTest.backend(), ScreenHarness.session(null, false))) {
            assertThat(h.flat()).contains("[ Save ]").contains("[ Skip ]");
            h.press("bob<Tab><Enter>");
            assertThat(h.state().modal()).isNull();
            assertThat(h.state().session().ownership().owner()).isNotEqualTo("bob");
        }
    }

    @Test
    void theOwnerDialog_enterOnSave_savesWhatWasTyped_evenAfterTabbingBack() {
        try (ScreenHarness h = ScreenHarness.start(120, 35, DashboardFlowsScreenTest.backend(), ScreenHarness.session(null, false))) {
            h.press("bobb<BS><Tab><Tab><Enter>");
            assertThat(h.state().modal()).isNull();
            assertThat(h.state().session().ownership().owner()).isEqualTo("bob");
        }
    }
}
