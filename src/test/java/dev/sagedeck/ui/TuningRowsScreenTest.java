package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.Jobs;
import dev.sagedeck.app.Searches;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.TuningJob;
import dev.sagedeck.runtime.Services;
import dev.sagedeck.testing.Golden;
import dev.sagedeck.testing.InMemoryTrainingJobs;
import dev.sagedeck.testing.InMemoryTuningJobs;
import dev.sagedeck.testing.ScreenHarness;
import dev.sagedeck.usecase.AllTrainingJobs;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Searches in the dashboard's list: one row each, their training jobs folded under them, opened, stopped. Golden screens at 80x24 and 200x50. */
class TuningRowsScreenTest {
    static final Instant T0 = ScreenHarness.T0;
    static final Ownership ALICE = Ownership.of("alice");
    static final TuningJob TUNE = Searches.sageMakerOf("alice-tune-1130", "alice", JobStatus.IN_PROGRESS, Searches.counters(2, 2, 0, 0),
            T0.minusSeconds(1800));
    static final TuningJob LOCAL = Searches.localOf("alice-search-1000", "alice", JobStatus.COMPLETED, Searches.counters(3, 0, 0, 0),
            T0.minusSeconds(7200));

    InMemoryTrainingJobs sagemaker = new InMemoryTrainingJobs(Backend.SAGEMAKER, ALICE);
    InMemoryTrainingJobs local = new InMemoryTrainingJobs(Backend.LOCAL, ALICE);
    InMemoryTuningJobs tuning = new InMemoryTuningJobs(Backend.SAGEMAKER, ALICE);
    InMemoryTuningJobs searches = new InMemoryTuningJobs(Backend.LOCAL, ALICE);

    ScreenHarness open(int cols, int rows) {
        sagemaker.put(Jobs.sagemaker("alice-xgb-20261126-090000", "alice", JobStatus.COMPLETED, "Completed", T0.minusSeconds(10800)).toBuilder()
                .finalMetrics(List.of(new Metric("validation:auc", 0.7712))).build());
        TrainingJob[] kids = new TrainingJob[4];
        for (int i = 0; i < 4; i++) {
            JobStatus status = i < 2 ? JobStatus.COMPLETED : JobStatus.IN_PROGRESS;
            kids[i] = Searches.child(Jobs.sagemaker(TUNE.name() + "-00" + (i + 1), "alice", status, status.text(),
                    T0.minusSeconds(1700 - 60L * i)).toBuilder().finalMetrics(i < 2 ? List.of(new Metric("validation:auc", 0.80 + i * 0.0123)) : List.of())
                    .build(), TUNE.name());
            sagemaker.put(kids[i]);
        }
        tuning.put(TUNE, kids);
        // named like a training job of the search, not launched by it: a row of its own
        sagemaker.put(Jobs.sagemaker(TUNE.name() + "-extra", "alice", JobStatus.COMPLETED, "Completed", T0.minusSeconds(5400)));
        local.put(Searches.record(LOCAL));
        TrainingJob[] localKids = new TrainingJob[3];
        for (int i = 0; i < 3; i++) {
            localKids[i] = Searches.child(Jobs.local(LOCAL.name() + "-00" + (i + 1), "alice", JobStatus.COMPLETED, T0.minusSeconds(7100 - 10L * i)),
                    LOCAL.name());
            local.put(localKids[i]);
        }
        searches.put(LOCAL, localKids);
        Services services = new Services(null, null, null).withSearches(List.of(searches, tuning));
        ScreenHarness h = ScreenHarness.start(cols, rows, new AllTrainingJobs(List.of(local, sagemaker)), ScreenHarness.session("alice", false), services);
        return h.press("g");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void aSearchIsOneRow_itsTrainingJobsFoldedUnderIt_andRightShowsThem(int cols, int rows) {
        try (ScreenHarness h = open(cols, rows)) {
            assertThat(h.text()).contains("[+] " + TUNE.name()).contains(cols >= 80 ? "[+] " + LOCAL.name() : "[+] alice-s").contains(cols >= 80 ? TUNE.name() + "-extra" : "-extra")
                    .doesNotContain(TUNE.name() + "-001").doesNotContain(LOCAL.name() + "-001").contains("My jobs (4)");
            // at 80 columns the progress takes its short form (completed/running/failed/stopped of max) so the best still fits
            assertThat(h.line(h.row("[+] " + TUNE.name()))).contains(cols >= 200 ? "2 done, 2 running of 12" : "2/2/0/0 of 12").contains("0.8123");
            Golden.assertMatches("Tuning/list-folded-" + cols + "x" + rows, h.snapshot());

            h.press("<Right>");

            // a narrow list cuts a long name in its middle: its distinguishing end stays
            String kid = cols >= 80 ? TUNE.name() + "-00" : "-00";
            assertThat(h.text()).contains("[-] " + TUNE.name()).contains(kid + "1").contains(kid + "4");
            assertThat(h.row(kid + "4")).isEqualTo(h.row("[-] " + TUNE.name()) + 1);
            assertThat(h.line(h.row(kid + "4"))).startsWith("|     ");
            assertThat(tuning.childrenCalls(TUNE.name())).isEqualTo(1);
            Golden.assertMatches("Tuning/list-expanded-" + cols + "x" + rows, h.snapshot());

            h.press("<Down><Left>");
            assertThat(h.text()).contains("[+] " + TUNE.name()).doesNotContain(TUNE.name() + "-004");
        }
    }

    @Test
    void at80Columns_theKeyBarOnATuningRow_leadsWithItsOwnKeys_andOnOneOfItsTrainingJobs_withFold() {
        try (ScreenHarness h = open(80, 24)) {
            assertThat(h.state().list().selected()).isEqualTo(TUNE.name());
            assertThat(h.line(23)).as("k9s shows the row's own keys first").startsWith(" ? help  Right expand  t tuning  q quit")
                    .contains("S stop");

            h.press("<Right>");
            assertThat(h.line(23)).startsWith(" ? help  Left fold  t tuning  q quit").doesNotContain("expand");
            h.press("<Down>");
            assertThat(h.line(23)).startsWith(" ? help  Left fold  q quit").doesNotContain("tuning");

            h.press("G"); // a plain training job: no key of searches
            assertThat(h.state().list().selected()).isEqualTo("alice-xgb-20261126-090000");
            assertThat(h.line(23)).startsWith(" ? help  q quit  Enter open").doesNotContain("expand").doesNotContain("fold")
                    .doesNotContain("tuning");
        }
    }

    @Test
    void aRunningLocalSearchsRow_movesWithItsTrainingJobs_onTheFileWatch_withoutWaitingForTheListsRefresh() {
        TuningJob running = Searches.localOf("alice-search-1200", "alice", JobStatus.IN_PROGRESS, Searches.counters(1, 1, 0, 0),
                T0.minusSeconds(120));
        local.put(Searches.record(running));
        searches.put(running);
        Services services = new Services(null, null, null).withSearches(List.of(searches, tuning));
        try (ScreenHarness h = ScreenHarness.start(200, 30, new AllTrainingJobs(List.of(local, sagemaker)), ScreenHarness.session("alice", false),
                services)) {
            assertThat(h.line(h.row("[+] alice-search-1200"))).contains("1 done, 1 running of 8");
            int sageMakerListings = tuning.listCalls();
            int localListings = searches.listCalls();

            // a configuration ended and the next started: what the file watch says when their records change (the clock never moves)
            searches.put(Searches.localOf(running.name(), "alice", JobStatus.IN_PROGRESS, Searches.counters(2, 1, 0, 0), T0.minusSeconds(120)));
            h.send(new dev.sagedeck.app.Msg.LocalJobsChanged(java.util.Set.of("alice-search-1200-002", "alice-search-1200-003"), java.util.Set.of()));
            h.awaitIdle();

            assertThat(h.line(h.row("[+] alice-search-1200"))).contains("2 done, 1 running of 8");
            assertThat(searches.listCalls()).as("the local searches read again, off the UI thread").isEqualTo(localListings + 1);
            assertThat(tuning.listCalls()).as("no full refresh: SageMaker's tuning jobs are not listed for it").isEqualTo(sageMakerListings);
        }
    }

    @Test
    void enterTwice_opensTheTuningView_andEscComesBackToTheExpandedRow() {
        try (ScreenHarness h = open(120, 40)) {
            h.press("<Enter><Enter>");

            assertThat(h.flat()).contains("Tuning job " + TUNE.name());
            assertThat(h.state().view()).isEqualTo(dev.sagedeck.app.keys.Binding.View.TUNING);
            h.press("<Esc>");
            assertThat(h.text()).contains("[-] " + TUNE.name());
        }
    }

    @Test
    void onAWideTerminal_theSelectedSearchsDetails_showBesideTheList() {
        try (ScreenHarness h = open(200, 50)) {
            assertThat(h.flat()).contains("Ranges searched").contains("--range max_depth=3:9").contains("Fixed hyperparameters")
                    .contains("num_round = 100").contains("12 training jobs in all, 4 at once").contains("Early stop Auto")
                    .contains("2 completed, 2 running, 0 failed, 0 stopped").contains(TUNE.name() + "-002-4f1c2d3e")
                    .contains("Bayesian").contains("validation:auc max");
        }
    }

    @Test
    void S_onMySearch_saysHowManyTrainingJobsRunAndTheirCost_thenStopsItOnce_andAuditsIt() {
        try (ScreenHarness h = open(120, 40)) {
            h.press("S");
            assertThat(h.flat()).contains("Stop tuning job").contains("2 of its training jobs running, $1.23 so far");

            h.press("1130<Enter>");

            assertThat(tuning.stops()).containsExactly(TUNE.name());
            assertThat(h.audit()).singleElement().satisfies(e -> {
                assertThat(e.job()).isEqualTo(TUNE.name());
                assertThat(e.decision()).isEqualTo("stopped");
            });
            assertThat(h.line(h.row("[+] " + TUNE.name()))).contains("Stopping");
        }
    }
}
