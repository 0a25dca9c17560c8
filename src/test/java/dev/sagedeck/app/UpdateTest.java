package dev.sagedeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.app.keys.Key;
import dev.sagedeck.app.keys.Keymap;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.LogLine;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.StopDecision;
import dev.sagedeck.domain.TrainingJob;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reducer alone: message in, state and effects out. Most dashboard behaviour is pinned here. */
class UpdateTest {
    static final Instant T0 = Jobs.T0;

    static AppState fresh(boolean readOnly) {
        Keymap k = Keymap.defaults();
        Session s = new Session("t", Ownership.of("alice"), "local", null, "", readOnly, readOnly ? k.readOnly() : k, java.util.Map.of());
        return AppState.initial(s, 120, 35, T0);
    }

    static AppState withJobs(TrainingJob... jobs) {
        AppState s = fresh(false).started("list");
        return Update.update(s, new Msg.JobsLoaded(JobScope.MINE, List.of(jobs), T0)).state();
    }

    static Next press(AppState s, String keys) {
        Next n = Next.of(s);
        List<Effect> all = new ArrayList<>();
        for (String k : dev.sagedeck.testing.ScreenHarness.split(keys)) {
            n = Update.update(n.state(), new Msg.KeyPressed(new Key(k)));
            all.addAll(n.effects());
        }
        return new Next(n.state(), all);
    }

    @Test
    void tickWhileAListIsInFlight_asksForNothing() {
        AppState s = fresh(false).started("list").started("signals");
        Next n = Update.update(s, new Msg.Tick(T0.plusSeconds(100)));
        assertThat(n.effects()).isEmpty();
    }

    @Test
    void firstTick_listsMyJobs_andMarksTheListInFlight() {
        Next n = Update.update(fresh(false), new Msg.Tick(T0));
        // and reads the signal rules and history once, from files
        assertThat(n.effects()).containsExactly(new Effect.ListJobs(JobScope.MINE), new Effect.LoadSignals());
        assertThat(n.state().busy("list")).isTrue();
    }

    @Test
    void whileMyJobRuns_theListRefreshesEvery3Seconds_otherwiseEvery15() {
        AppState running = withJobs(Jobs.running("alice-a", "alice"));
        assertThat(running.list().nextRefresh()).isEqualTo(T0.plusSeconds(3));
        AppState idle = withJobs(Jobs.sagemaker("alice-b", "alice", JobStatus.COMPLETED, "Completed", T0));
        assertThat(idle.list().nextRefresh()).isEqualTo(T0.plusSeconds(15));
    }

    @Test
    void failedRefresh_keepsTheLastRows_saysWhat_andBacksOff() {
        AppState s = withJobs(Jobs.running("alice-a", "alice")).started("list");
        AppState f1 = Update.update(s, new Msg.JobsFailed("Search was throttled", T0.plusSeconds(3))).state();
        assertThat(f1.list().jobs()).extracting(TrainingJob::name).containsExactly("alice-a");
        assertThat(f1.list().error()).isEqualTo("Search was throttled");
        assertThat(f1.list().nextRefresh()).isEqualTo(T0.plusSeconds(8));
        AppState f2 = Update.update(f1.started("list"), new Msg.JobsFailed("again", T0.plusSeconds(8))).state();
        assertThat(f2.list().nextRefresh()).isEqualTo(T0.plusSeconds(18));
        AppState ok = Update.update(f2.started("list"), new Msg.JobsLoaded(JobScope.MINE, List.of(Jobs.running("alice-a", "alice")), T0.plusSeconds(18))).state();
        assertThat(ok.list().error()).isNull();
    }

    @Test
    void refresh_keepsTheSelectionOnTheSameJob() {
        AppState s = withJobs(Jobs.running("alice-a", "alice"), Jobs.running("alice-b", "alice"));
        s = press(s, "j").state();
        String selected = s.list().selected();
        AppState after = Update.update(s.started("list"), new Msg.JobsLoaded(JobScope.MINE,
                List.of(Jobs.running("alice-new", "alice"), Jobs.running("alice-a", "alice"), Jobs.running("alice-b", "alice")), T0)).state();
        assertThat(after.list().selected()).isEqualTo(selected);
    }

    @Test
    void toggleAll_listsEveryonesJobsAtOnce_andDropsTheAnswerForTheOldScope() {
        AppState s = withJobs(Jobs.running("alice-a", "alice"));
        Next n = press(s, "a");
        assertThat(n.effects()).containsExactly(new Effect.ListJobs(JobScope.ALL));
        AppState stale = Update.update(n.state(), new Msg.JobsLoaded(JobScope.MINE, List.of(), T0)).state();
        assertThat(stale.list().jobs()).extracting(TrainingJob::name).containsExactly("alice-a");
    }

    private static Effect.RecordStopAttempt audited(Next n) {
        assertThat(n.effects()).as("exactly one audit line, no stop").singleElement().isInstanceOf(Effect.RecordStopAttempt.class);
        return (Effect.RecordStopAttempt) n.effects().get(0);
    }

    @Test
    void stopOnAColleaguesJob_flashesWhoseItIs_opensNoDialog_andRecordsTheRefusal() {
        AppState s = Update.update(fresh(false).started("list"), new Msg.JobsLoaded(JobScope.ALL, List.of(), T0)).state();
        s = s.withList(s.list().withScope(JobScope.ALL));
        s = Update.update(s.started("list"), new Msg.JobsLoaded(JobScope.ALL, List.of(Jobs.running("bob-x", "bob")), T0)).state();
        Next n = press(s, "S");
        assertThat(n.state().modal()).isNull();
        assertThat(n.state().flash()).contains("bob-x belongs to bob").contains("only stops your own");
        Effect.RecordStopAttempt line = audited(n);
        assertThat(line.decision()).isEqualTo(StopDecision.REFUSED);
        assertThat(line.reason()).isEqualTo("not mine (owner bob)");
        assertThat(line.jobOwner()).isEqualTo("bob");
    }

    @Test
    void stopOnAJobNamedLikeMineButTaggedForBob_isRefused() {
        TrainingJob spoof = Jobs.running("alice-x", null).toBuilder().tags(java.util.Map.of("owner", "bob")).build();
        AppState s = Update.update(fresh(false).started("list"), new Msg.JobsLoaded(JobScope.ALL, List.of(), T0)).state();
        s = s.withList(s.list().withScope(JobScope.ALL));
        s = Update.update(s.started("list"), new Msg.JobsLoaded(JobScope.ALL, List.of(spoof), T0)).state();
        Next n = press(s, "S");
        assertThat(n.state().modal()).isNull();
        assertThat(n.state().flash()).contains("alice-x belongs to bob");
        assertThat(audited(n).reason()).isEqualTo("not mine (owner bob)");
    }

    @Test
    void stopOnAFinishedJob_flashesItIsNotRunning() {
        AppState s = withJobs(Jobs.sagemaker("alice-done", "alice", JobStatus.COMPLETED, "Completed", T0));
        Next n = press(s, "S");
        assertThat(n.state().modal()).isNull();
        assertThat(n.state().flash()).contains("not running (status Completed)");
        assertThat(audited(n).reason()).isEqualTo("not running (Completed)");
    }

    @Test
    void stopOnMySageMakerJobAlreadyStopping_opensNoDialog() {
        AppState s = withJobs(Jobs.sagemaker("alice-s", "alice", JobStatus.STOPPING, "Stopping", T0));
        Next n = press(s, "S");
        assertThat(n.state().modal()).isNull();
        assertThat(audited(n).reason()).isEqualTo("not running (Stopping)");
    }

    @Test
    void stopOnMyRunningJob_needsTheLast4CharactersThenEnter() {
        AppState s = withJobs(Jobs.running("alice-run-1234", "alice"));
        Next open = press(s, "S");
        assertThat(open.state().modal()).isInstanceOf(Modal.ConfirmStop.class);
        assertThat(press(open.state(), "S").effects()).as("the trigger key again does not confirm").isEmpty();
        Next right = press(open.state(), "1234<Enter>");
        assertThat(right.effects()).containsExactly(new Effect.StopJob("alice-run-1234", Ownership.of("alice")));
        assertThat(right.state().busy("stop:alice-run-1234")).isTrue();
    }

    @Test
    void wrongConfirmation_saysWhyAndKeepsTheDialogOpen_andIsRecorded() {
        AppState s = withJobs(Jobs.running("alice-run-1234", "alice"));
        Next wrong = press(s, "S12<Enter>");
        assertThat(wrong.state().modal()).isInstanceOf(Modal.ConfirmStop.class);
        assertThat(((Modal.ConfirmStop) wrong.state().modal()).error()).isEqualTo("'12' does not match '1234': type the name's last 4 characters.");
        Effect.RecordStopAttempt line = audited(wrong);
        assertThat(line.decision()).isEqualTo(StopDecision.REFUSED);
        assertThat(line.reason()).isEqualTo("wrong confirmation text");
        Next fixed = press(wrong.state(), "34<Enter>");
        assertThat(fixed.effects()).containsExactly(new Effect.StopJob("alice-run-1234", Ownership.of("alice")));
    }

    @Test
    void tabMovesTheFocusToCancel_thenEnterCancels_evenWithTheRightText() {
        AppState s = withJobs(Jobs.running("alice-run-1234", "alice"));
        Next n = press(s, "S1234<Tab>");
        assertThat(((Modal.ConfirmStop) n.state().modal()).cancelFocused()).isTrue();
        Next enter = press(n.state(), "<Enter>");
        assertThat(enter.state().modal()).isNull();
        assertThat(audited(enter).decision()).isEqualTo(StopDecision.CANCELLED);
        Next back = press(n.state(), "<Tab><Enter>");
        assertThat(back.effects()).containsExactly(new Effect.StopJob("alice-run-1234", Ownership.of("alice")));
    }

    @Test
    void escInTheStopDialog_cancels_andIsRecorded() {
        AppState s = withJobs(Jobs.running("alice-run-1234", "alice"));
        Next n = press(s, "S12<Esc>");
        assertThat(n.state().modal()).isNull();
        assertThat(n.state().flash()).contains("cancelled");
        assertThat(audited(n).decision()).isEqualTo(StopDecision.CANCELLED);
    }

    @Test
    void readOnly_stopKeyFlashesWhy_andRecordsTheRefusal() {
        AppState s = Update.update(fresh(true).started("list"), new Msg.JobsLoaded(JobScope.MINE, List.of(Jobs.running("alice-a", "alice")), T0)).state();
        Next n = press(s, "S");
        assertThat(n.state().modal()).isNull();
        assertThat(n.state().flash()).contains("read-only");
        assertThat(audited(n).reason()).isEqualTo("read-only");
    }

    @Test
    void keyBarOffersS_onlyForAJobTheStopWouldAccept() {
        AppState mine = withJobs(Jobs.running("alice-a", "alice"));
        assertThat(ActionTargets.canStop(mine)).isTrue();
        assertThat(ActionTargets.canStop(withJobs(Jobs.sagemaker("alice-done", "alice", JobStatus.COMPLETED, "Completed", T0)))).isFalse();
        AppState all = Update.update(fresh(false).started("list"), new Msg.JobsLoaded(JobScope.ALL, List.of(), T0)).state();
        all = all.withList(all.list().withScope(JobScope.ALL));
        all = Update.update(all.started("list"), new Msg.JobsLoaded(JobScope.ALL, List.of(Jobs.running("bob-x", "bob")), T0)).state();
        assertThat(ActionTargets.canStop(all)).isFalse();
    }

    @Test
    void enterOpensTheJob_withItsDescriptionAndTheLastLogLines() {
        AppState s = withJobs(Jobs.running("alice-a", "alice"));
        Next n = press(s, "<Enter>");
        assertThat(n.state().view()).isEqualTo(View.JOB);
        assertThat(n.effects()).containsExactly(new Effect.DescribeJob("alice-a"), new Effect.ReadLogs("alice-a", LogCursor.START));
    }

    @Test
    void logLinesForAJobNoLongerShown_areDropped() {
        AppState s = press(withJobs(Jobs.running("alice-a", "alice")), "<Enter><Esc>").state();
        AppState n = Update.update(s, new Msg.LogsRead("alice-a", chunk(3))).state();
        assertThat(n.logs()).isNull();
    }

    @Test
    void scrollingUpPausesFollow_andGResumesIt() {
        AppState s = press(withJobs(Jobs.running("alice-a", "alice")), "<Enter>").state();
        s = Update.update(s, new Msg.LogsRead("alice-a", chunk(200))).state();
        assertThat(s.logs().follow()).isTrue();
        s = press(s, "<Up>").state();
        assertThat(s.logs().follow()).isFalse();
        s = Update.update(s, new Msg.LogsRead("alice-a", chunk(5))).state();
        assertThat(s.logs().follow()).as("new lines do not yank a paused reader").isFalse();
        assertThat(press(s, "G").state().logs().follow()).isTrue();
    }

    @Test
    void searchJumpsToTheMatch_andNFindsTheNextOne() {
        AppState s = press(withJobs(Jobs.running("alice-a", "alice")), "<Enter>").state();
        s = Update.update(s, new Msg.LogsRead("alice-a", chunk(100))).state();
        s = press(s, "/line 4<Enter>").state();
        int first = s.logs().match();
        assertThat(s.logs().buffer().get(first).text()).contains("line 4");
        s = press(s, "n").state();
        assertThat(s.logs().match()).isGreaterThan(first);
        assertThat(s.logs().follow()).isFalse();
    }

    static LogChunk chunk(int n) {
        List<LogLine> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(new LogLine(T0.plusSeconds(i), "algo-1", "line " + i));
        }
        return new LogChunk(lines, new LogCursor("x"), false, List.of());
    }

    @Test
    void n_opensTheLaunchWizard_onItsFirstStep_andLaunchesNothing() {
        Next open = press(withJobs(), "n");
        assertThat(open.state().view()).isEqualTo(View.WIZARD);
        assertThat(open.state().wizard().step()).isEqualTo(dev.sagedeck.app.wizard.WizardStep.WHERE);
        assertThat(open.effects()).isEmpty(); // the whole flow to one launch is pinned in wizard.WizardUpdateTest
    }

    @Test
    void launchedRun_isSelectedAndOpenedWithItsLogFollowing() {
        AppState s = withJobs().started("launch");
        TrainingJob run = Jobs.local("alice-titanic-20261126-120000", "alice", JobStatus.IN_PROGRESS, T0);
        Next n = Update.update(s, new Msg.Launched(run));
        assertThat(n.state().list().selected()).isEqualTo(run.name());
        assertThat(n.state().view()).isEqualTo(View.JOB);
        assertThat(n.state().logs().follow()).isTrue();
        assertThat(n.effects()).contains(new Effect.ReadLogs(run.name(), LogCursor.START));
    }

    @Test
    void whenAwsFails_localRowsStillRefresh_andTheLastSageMakerRowsStay() {
        AppState s = withJobs(Jobs.running("alice-sm", "alice"), Jobs.local("alice-old", "alice", JobStatus.IN_PROGRESS, T0)).started("list");
        TrainingJob localDone = Jobs.local("alice-old", "alice", JobStatus.COMPLETED, T0);
        AppState n = Update.update(s, new Msg.JobsPartlyLoaded(JobScope.MINE, List.of(localDone),
                java.util.Set.of(dev.sagedeck.domain.Backend.SAGEMAKER), "Search was denied: expired token", T0.plusSeconds(3))).state();
        assertThat(n.list().jobs()).extracting(TrainingJob::name).containsExactlyInAnyOrder("alice-old", "alice-sm");
        assertThat(n.list().jobs()).filteredOn(j -> j.name().equals("alice-old")).first()
                .satisfies(j -> assertThat(j.status()).isEqualTo(JobStatus.COMPLETED));
        assertThat(n.list().error()).contains("expired token");
    }

    @Test
    void roundMetrics_countEachRoundOnce_whenSeveralInstancesPrintThem() {
        List<LogLine> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lines.add(new LogLine(T0, "algo-1", "[" + i + "]#011train-logloss:0.5#011validation-logloss:0.6"));
            lines.add(new LogLine(T0, "algo-2", "[" + i + "]#011train-logloss:0.5#011validation-logloss:0.6"));
            lines.add(new LogLine(T0, "algo-10", "[" + i + "]#011train-logloss:0.5#011validation-logloss:0.6"));
        }
        assertThat(MetricSeries.EMPTY.append(lines).of("validation:logloss")).hasSize(10);
    }

    @Test
    void aFresherDescription_updatesTheJobsRow_soBackShowsTheRealStatus() {
        AppState s = press(withJobs(Jobs.running("alice-a", "alice")), "<Enter>").state();
        TrainingJob done = Jobs.sagemaker("alice-a", "alice", JobStatus.COMPLETED, "Completed", T0.minusSeconds(300));
        AppState n = press(Update.update(s, new Msg.JobDescribed(done)).state(), "<Esc>").state();
        assertThat(n.list().jobs()).singleElement().satisfies(j -> assertThat(j.status()).isEqualTo(JobStatus.COMPLETED));
    }

    @Test
    void theAccountAndNotebook_areLookedUpOnceAfterStart_neverBeforeTheFirstFrame() {
        AppState s = fresh(false).withSession(fresh(false).session().withNotebook(null));
        Next first = Update.update(s, new Msg.Tick(T0));
        assertThat(first.effects()).contains(new Effect.LookupEnvironment());
        Next second = Update.update(first.state(), new Msg.Tick(T0.plusSeconds(1)));
        assertThat(second.effects()).doesNotContain(new Effect.LookupEnvironment());
        AppState known = Update.update(second.state(), new Msg.EnvironmentKnown("account 123456789012 | nb: lab (ml.t3.medium)",
                "arn:aws:iam::123456789012:role/service-role/R")).state();
        assertThat(known.session().notebook()).contains("account 123456789012");
        assertThat(known.session().defaultRole()).endsWith("role/service-role/R");
        assertThat(Update.update(known, new Msg.Tick(T0.plusSeconds(2))).effects()).doesNotContain(new Effect.LookupEnvironment());
    }

    @Test
    void everyonesJobs_areRefreshedAtTheIdlePace_toSpareTheAccountsListQuota() {
        AppState s = fresh(false).withList(fresh(false).list().withScope(JobScope.ALL)).started("list");
        AppState n = Update.update(s, new Msg.JobsLoaded(JobScope.ALL, List.of(Jobs.running("alice-a", "alice")), T0)).state();
        assertThat(n.list().nextRefresh()).isEqualTo(T0.plus(Refresh.IDLE));
    }
}
