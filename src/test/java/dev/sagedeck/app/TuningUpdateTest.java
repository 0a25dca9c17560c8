package dev.sagedeck.app;

import static dev.sagedeck.app.Searches.child;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.app.tuning.TuningViewState;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.Ranking;
import dev.sagedeck.domain.tuning.TuningJob;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tuning view's reducer: opening, live reads that never overlap, the ranking it shows, marks into compare, and the way back. */
class TuningUpdateTest {
    static final String SEARCH = "alice-tune-1";
    static final Instant T0 = Searches.T0;

    static final List<TrainingJob> RUNNING = List.of(
            child(SEARCH, 1, "3", "0.1", JobStatus.IN_PROGRESS, null),
            child(SEARCH, 2, "9", "0.2", JobStatus.IN_PROGRESS, null),
            child(SEARCH, 3, "5", "0.05", JobStatus.IN_PROGRESS, null));
    static final List<TrainingJob> DONE = List.of(
            child(SEARCH, 1, "3", "0.1", JobStatus.COMPLETED, 0.73),
            child(SEARCH, 2, "9", "0.2", JobStatus.COMPLETED, 0.79),
            child(SEARCH, 3, "5", "0.05", JobStatus.COMPLETED, 0.75));

    static Next open(AppState s) {
        return Update.update(s, new Msg.OpenTuning(SEARCH, Backend.SAGEMAKER));
    }

    static AppState loaded(AppState s, JobStatus status, List<TrainingJob> children, Instant at) {
        TuningJob search = Searches.sageMaker(SEARCH, status, Searches.counters(
                (int) children.stream().filter(c -> c.status().isFinal()).count(),
                (int) children.stream().filter(c -> !c.status().isFinal()).count()), 1.5);
        return Update.update(s, new Msg.TuningLoaded(SEARCH, search, children, at)).state();
    }

    /** The list, then the tuning view of a running search with three running training jobs. */
    static AppState running() {
        AppState s = open(UpdateTest.withJobs(Jobs.running("alice-a", "alice"))).state();
        return loaded(s, JobStatus.IN_PROGRESS, RUNNING, T0);
    }

    /** The tuning view opened on a search whose three training jobs have completed. */
    static AppState done() {
        AppState s = open(UpdateTest.withJobs(Jobs.running("alice-a", "alice"))).state();
        return loaded(s, JobStatus.COMPLETED, DONE, T0);
    }

    static List<String> names(AppState s) {
        return s.tuning().ranked().stream().map(r -> r.job().name()).toList();
    }

    @Test
    void openingASearch_showsItsView_andReadsItAtOnce_once() {
        Next n = open(UpdateTest.withJobs(Jobs.running("alice-a", "alice")));

        assertThat(n.state().view()).isEqualTo(View.TUNING);
        assertThat(n.effects()).containsExactly(new Effect.LoadTuning(SEARCH, Backend.SAGEMAKER));
        assertThat(n.state().busy(Effect.LoadTuning.key(SEARCH))).isTrue();
        Next tick = Update.update(n.state(), new Msg.Tick(T0.plusSeconds(30)));
        assertThat(tick.effects()).as("a read on its way is not asked again").noneMatch(e -> e instanceof Effect.LoadTuning);
    }

    @Test
    void aRunningSearch_isReadAgainOnTheTick_afterItsPace_andNeverTwiceAtOnce() {
        AppState s = running();
        assertThat(s.busy(Effect.LoadTuning.key(SEARCH))).isFalse();

        assertThat(Update.update(s, new Msg.Tick(T0.plusSeconds(5))).effects()).noneMatch(e -> e instanceof Effect.LoadTuning);
        Next due = Update.update(s, new Msg.Tick(T0.plus(TuningViewState.SAGEMAKER_PACE)));
        assertThat(due.effects()).contains(new Effect.LoadTuning(SEARCH, Backend.SAGEMAKER));
        Next again = Update.update(due.state(), new Msg.Tick(T0.plus(TuningViewState.SAGEMAKER_PACE).plusSeconds(30)));
        assertThat(again.effects()).noneMatch(e -> e instanceof Effect.LoadTuning);
    }

    @Test
    void childrenThatComplete_areRankedByTheObjective_bestFirstAndMarked_andAnEndedSearchIsNotReadAgain() {
        AppState s = loaded(running(), JobStatus.COMPLETED, DONE, T0.plusSeconds(10));

        assertThat(names(s)).containsExactly(SEARCH + "-002-abcdef12", SEARCH + "-003-abcdef12", SEARCH + "-001-abcdef12");
        assertThat(s.tuning().ranked().get(0).best()).isTrue();
        assertThat(s.tuning().nextRefresh()).isNull();
        assertThat(Update.update(s, new Msg.Tick(T0.plusSeconds(3600))).effects()).noneMatch(e -> e instanceof Effect.LoadTuning);
    }

    @Test
    void theCursorStaysOnItsJob_whenTheRankingMovesUnderIt() {
        AppState s = running();
        s = UpdateTest.press(s, "j").state();
        String chosen = s.tuning().selected();

        s = loaded(s, JobStatus.COMPLETED, DONE, T0.plusSeconds(10));

        assertThat(s.tuning().selected()).isEqualTo(chosen);
        assertThat(s.tuning().selectedJob().orElseThrow().name()).isEqualTo(chosen);
    }

    @Test
    void aFailedRead_keepsTheRows_saysWhy_endsItsInFlightMark_andTriesAgainLater() {
        AppState s = running();
        s = Update.update(s.started(Effect.LoadTuning.key(SEARCH)), new Msg.TuningFailed(SEARCH, "ThrottlingException", T0.plusSeconds(20))).state();

        assertThat(s.busy(Effect.LoadTuning.key(SEARCH))).isFalse();
        assertThat(s.tuning().error()).isEqualTo("ThrottlingException");
        assertThat(s.tuning().children()).hasSize(3);
        assertThat(s.tuning().nextRefresh()).isAfter(T0.plusSeconds(20));
    }

    @Test
    void aLoadForAnotherSearch_changesNothingButItsInFlightMark() {
        AppState s = running().started(Effect.LoadTuning.key("bob-tune"));
        AppState after = Update.update(s, new Msg.TuningLoaded("bob-tune", Searches.sageMaker("bob-tune", JobStatus.COMPLETED,
                Searches.counters(0, 0), null), List.of(), T0)).state();

        assertThat(after.tuning()).isEqualTo(s.tuning());
        assertThat(after.busy(Effect.LoadTuning.key("bob-tune"))).isFalse();
    }

    @Test
    void spaceMarksAndMovesDown_andEqualsOpensTheComparisonOfTheMarkedJobs_describingEach() {
        AppState s = done();
        Next n = UpdateTest.press(s, "  =");

        assertThat(n.state().view()).isEqualTo(View.COMPARE);
        assertThat(n.state().compare().marked()).containsExactly(SEARCH + "-002-abcdef12", SEARCH + "-003-abcdef12");
        assertThat(n.state().compare().jobs(n.state().list().jobs())).extracting(TrainingJob::name)
                .as("the compared jobs are the search's, not the list's").containsExactly(SEARCH + "-002-abcdef12", SEARCH + "-003-abcdef12");
        assertThat(n.effects()).contains(new Effect.DescribeJob(SEARCH + "-002-abcdef12"), new Effect.DescribeJob(SEARCH + "-003-abcdef12"));
    }

    @Test
    void equalsWithFewerThanTwoMarked_saysWhatToDo_andStays() {
        Next n = UpdateTest.press(done(), " =");

        assertThat(n.state().view()).isEqualTo(View.TUNING);
        assertThat(n.state().flash()).contains("Mark two");
    }

    @Test
    void escFromTheComparison_returnsToTheTuningView_andEscThere_toTheList_withTheListsOwnMarks() {
        AppState list = UpdateTest.press(UpdateTest.withJobs(Jobs.running("alice-a", "alice"), Jobs.running("alice-b", "alice")), " ").state();
        java.util.Set<String> listMarks = list.compare().marked();
        assertThat(listMarks).hasSize(1);
        AppState s = loaded(open(list).state(), JobStatus.COMPLETED, DONE, T0);

        AppState back = UpdateTest.press(s, "  =<Esc>").state();
        assertThat(back.view()).isEqualTo(View.TUNING);
        assertThat(back.tuning().marked()).hasSize(2);

        AppState out = UpdateTest.press(back, "<Esc>").state();
        assertThat(out.view()).isEqualTo(View.LIST);
        assertThat(out.tuning()).isNull();
        assertThat(out.compare().marked()).as("the list's marks are its own again").isEqualTo(listMarks);
    }

    @Test
    void enterOpensTheSelectedJob_andEscComesBackToTheTuningView() {
        AppState s = done();
        Next opened = UpdateTest.press(s, "<Enter>");

        assertThat(opened.state().view()).isEqualTo(View.JOB);
        assertThat(opened.state().job().name()).isEqualTo(SEARCH + "-002-abcdef12");
        assertThat(opened.effects()).contains(new Effect.DescribeJob(SEARCH + "-002-abcdef12"));
        AppState back = UpdateTest.press(opened.state(), "<Esc>").state();
        assertThat(back.view()).isEqualTo(View.TUNING);
        assertThat(back.job()).isNull();
    }

    @Test
    void tOnAJobOfASearch_opensItsTuningView_andEscGoesBackToThatJob() {
        TrainingJob job = child(SEARCH, 4, "4", "0.1", JobStatus.COMPLETED, 0.74);
        AppState jobView = Update.open(UpdateTest.withJobs(job), job).state();

        Next n = UpdateTest.press(jobView, "T");
        assertThat(n.state().view()).isEqualTo(View.TUNING);
        assertThat(n.state().tuning().name()).isEqualTo(SEARCH);
        assertThat(n.effects()).contains(new Effect.LoadTuning(SEARCH, Backend.SAGEMAKER));

        AppState back = UpdateTest.press(n.state(), "<Esc>").state();
        assertThat(back.view()).isEqualTo(View.JOB);
        assertThat(back.job().name()).isEqualTo(job.name());
        assertThat(UpdateTest.press(back, "<Esc>").state().view()).isEqualTo(View.LIST);
    }

    @Test
    void tOnAJobOfASearch_opensItsTuningView_withTheCursorOnThatJob_notOnTheBest() {
        TrainingJob worst = DONE.get(0);
        AppState jobView = Update.open(UpdateTest.withJobs(worst), worst).state();

        AppState view = loaded(UpdateTest.press(jobView, "T").state(), JobStatus.COMPLETED, DONE, T0);

        assertThat(names(view)).last().isEqualTo(worst.name());
        assertThat(view.tuning().selectedJob().orElseThrow().name()).isEqualTo(worst.name());
    }

    @Test
    void tOnAJobOfNoSearch_saysSo() {
        TrainingJob plain = Jobs.running("alice-a", "alice");
        Next n = UpdateTest.press(Update.open(UpdateTest.withJobs(plain), plain).state(), "T");

        assertThat(n.state().view()).isEqualTo(View.JOB);
        assertThat(n.state().flash()).contains("alice-a is not a training job of a tuning job");
    }

    @Test
    void theArrowsPickThePlottedHyperparameter_inTheSearchsOrder_goingRound() {
        AppState s = done();
        assertThat(s.tuning().plotted().orElseThrow().name()).isEqualTo("max_depth");

        assertThat(UpdateTest.press(s, "<Right>").state().tuning().plotted().orElseThrow().name()).isEqualTo("eta");
        assertThat(UpdateTest.press(s, "<Right><Right>").state().tuning().plotted().orElseThrow().name()).isEqualTo("max_depth");
        assertThat(UpdateTest.press(s, "<Left>").state().tuning().plotted().orElseThrow().name()).isEqualTo("eta");
    }

    @Test
    void rReadsNow_unlessARead_isOnItsWay() {
        AppState s = running();
        Next r = UpdateTest.press(s, "r");
        assertThat(r.effects()).containsExactly(new Effect.LoadTuning(SEARCH, Backend.SAGEMAKER));
        Next again = UpdateTest.press(r.state(), "r");
        assertThat(again.effects()).isEmpty();
        assertThat(again.state().flash()).isEqualTo(Text.REFRESH_IN_FLIGHT);
    }

    @Test
    void pageDownAndEnd_moveThroughFiveHundredJobs_withinTheRanking() {
        List<TrainingJob> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            many.add(child(SEARCH, i, Integer.toString(3 + i % 7), "0.1", JobStatus.COMPLETED, 0.5 + i / 10000.0));
        }
        AppState s = loaded(open(UpdateTest.withJobs()).state(), JobStatus.COMPLETED, many, T0);
        List<Ranking.Row> rows = s.tuning().ranked();

        AppState paged = UpdateTest.press(s, "<PageDown>").state();
        int page = TuningLayout.of(s).tableRows();
        assertThat(paged.tuning().selected()).isEqualTo(rows.get(page).job().name());
        assertThat(UpdateTest.press(s, "G").state().tuning().selected()).isEqualTo(rows.get(499).job().name());
        assertThat(UpdateTest.press(s, "G<PageDown>j").state().tuning().selected()).isEqualTo(rows.get(499).job().name());
        assertThat(UpdateTest.press(s, "k").state().tuning().selected()).isEqualTo(rows.get(0).job().name());
    }

    @Test
    void helpFromTheTuningView_listsItsKeys_andEscReturnsToIt() {
        AppState s = running();
        AppState help = UpdateTest.press(s, "?").state();
        assertThat(help.view()).isEqualTo(View.HELP);
        assertThat(help.underHelp()).isEqualTo(View.TUNING);
        assertThat(UpdateTest.press(help, "<Esc>").state().view()).isEqualTo(View.TUNING);
    }
}
