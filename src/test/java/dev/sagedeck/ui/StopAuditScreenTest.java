package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.port.AuditLog;
import dev.sagedeck.testing.InMemoryTrainingJobs;
import dev.sagedeck.testing.ScreenHarness;
import org.junit.jupiter.api.Test;

/**
 * Every stop attempt in the dashboard, allowed or refused for any reason, leaves exactly one audit
 * line (headless terminal: press keys, wait for idle, read the screen and the audit log).
 */
class StopAuditScreenTest {
    private static final String MINE = "alice-xgb-20261126-115500";

    private static AuditLog.Entry onlyLine(ScreenHarness h) {
        assertThat(h.audit()).as("exactly one line for one attempt").hasSize(1);
        AuditLog.Entry e = h.audit().get(0);
        assertThat(e.via()).isEqualTo("dashboard");
        assertThat(e.owner()).isEqualTo("alice");
        return e;
    }

    @Test
    void colleaguesJob_refusedWithAFlash_isOnRecord() {
        try (ScreenHarness h = DashboardFlowsScreenTest.open(120, 35, DashboardFlowsScreenTest.backend())) {
            h.press("a").press("/bob<Enter>").press("S");
            assertThat(h.flat()).contains("bob-big-run belongs to bob").doesNotContain("[ Cancel ]");
            AuditLog.Entry e = onlyLine(h);
            assertThat(e.job()).isEqualTo("bob-big-run");
            assertThat(e.decision()).isEqualTo("refused");
            assertThat(e.reason()).isEqualTo("not mine (owner bob)");
        }
    }

    @Test
    void finishedJob_refusedWithAFlash_andTheKeyBarNeverOfferedS() {
        try (ScreenHarness h = DashboardFlowsScreenTest.open(120, 35, DashboardFlowsScreenTest.backend())) {
            h.press("/status:comp<Enter>");
            assertThat(h.line(34)).doesNotContain("S stop");
            h.press("S");
            assertThat(h.flat()).contains("is not running (status Completed)").doesNotContain("[ Cancel ]");
            assertThat(onlyLine(h).reason()).isEqualTo("not running (Completed)");
        }
    }

    @Test
    void wrongConfirmation_saysWhatWasExpected_staysOpen_andIsOnRecord() {
        InMemoryTrainingJobs b = DashboardFlowsScreenTest.backend();
        try (ScreenHarness h = DashboardFlowsScreenTest.open(120, 35, b)) {
            assertThat(h.line(34)).contains("S stop");
            h.press("S55<Enter>");
            assertThat(h.flat()).contains("'55' does not match '5500'").contains("[ Cancel ]");
            AuditLog.Entry e = onlyLine(h);
            assertThat(e.decision()).isEqualTo("refused");
            assertThat(e.reason()).isEqualTo("wrong confirmation text");
            assertThat(b.stops()).isEmpty();
        }
    }

    @Test
    void tabToCancelThenEnter_isACancelOnRecord() {
        InMemoryTrainingJobs b = DashboardFlowsScreenTest.backend();
        try (ScreenHarness h = DashboardFlowsScreenTest.open(120, 35, b)) {
            h.press("S5500<Tab><Enter>");
            assertThat(h.text()).contains("Stop cancelled").doesNotContain("[ Cancel ]");
            assertThat(onlyLine(h).decision()).isEqualTo("cancelled");
            assertThat(b.stops()).isEmpty();
        }
    }

    @Test
    void escCancels_andIsOnRecord() {
        try (ScreenHarness h = DashboardFlowsScreenTest.open(120, 35, DashboardFlowsScreenTest.backend())) {
            h.press("S<Esc>");
            assertThat(onlyLine(h).decision()).isEqualTo("cancelled");
        }
    }

    @Test
    void readOnly_stopKeyIsARefusalOnRecord() {
        try (ScreenHarness h = ScreenHarness.start(120, 35, DashboardFlowsScreenTest.backend(), ScreenHarness.session("alice", true))) {
            h.press("S");
            assertThat(h.flat()).contains("read-only");
            assertThat(onlyLine(h).reason()).isEqualTo("read-only");
        }
    }

    @Test
    void jobGoneBeforeTheStop_isAnUnknownJobOnRecord_andNoStopIsSent() {
        InMemoryTrainingJobs b = DashboardFlowsScreenTest.backend();
        try (ScreenHarness h = DashboardFlowsScreenTest.open(120, 35, b)) {
            h.press("S5500");
            b.remove(MINE);
            h.press("<Enter>");
            AuditLog.Entry e = onlyLine(h);
            assertThat(e.decision()).isEqualTo("refused");
            assertThat(e.reason()).isEqualTo("unknown job");
            assertThat(b.stops()).isEmpty();
        }
    }

    @Test
    void unreachableEndpoint_isAFailedAttemptOnRecord_andSaysSo() {
        InMemoryTrainingJobs b = DashboardFlowsScreenTest.backend();
        try (ScreenHarness h = DashboardFlowsScreenTest.open(120, 35, b)) {
            h.press("S5500");
            b.failDescribe("DescribeTrainingJob could not connect to http://127.0.0.1:1");
            h.press("<Enter>");
            assertThat(h.flat()).contains("Could not stop " + MINE);
            AuditLog.Entry e = onlyLine(h);
            assertThat(e.decision()).isEqualTo("failed");
            assertThat(e.reason()).isEqualTo("endpoint unreachable: DescribeTrainingJob could not connect to http://127.0.0.1:1");
            assertThat(b.stops()).isEmpty();
        }
    }
}
