package dev.sagedeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.keys.Action;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.TuningJob;
import dev.sagedeck.domain.tuning.TuningTags;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Searches in the job list, reducer only: one row each, their training jobs folded under them, expanded and folded by keys. */
class TuningRowsUpdateTest {
    static final java.time.Instant T0 = Jobs.T0;
    static final TuningJob TUNE = Searches.sageMakerOf("alice-tune-1", "alice", JobStatus.IN_PROGRESS, Searches.counters(2, 2, 0, 0),
            T0.minusSeconds(1800));
    static final TrainingJob KID_1 = Searches.child(Jobs.sagemaker("alice-tune-1-001-aaaa", "alice", JobStatus.COMPLETED, "Completed",
            T0.minusSeconds(1700)), "alice-tune-1");
    static final TrainingJob KID_2 = Searches.child(Jobs.sagemaker("alice-tune-1-002-bbbb", "alice", JobStatus.FAILED, "Failed",
            T0.minusSeconds(1600)), "alice-tune-1");
    static final TrainingJob KID_3 = Searches.child(Jobs.running("alice-tune-1-003-cccc", "alice"), "alice-tune-1");
    /** Named like a child of alice-tune-1, but nothing says it is one. */
    static final TrainingJob LOOKALIKE = Jobs.sagemaker("alice-tune-1-extra", "alice", JobStatus.COMPLETED, "Completed", T0.minusSeconds(100));
    static final TrainingJob PLAIN = Jobs.sagemaker("alice-xgb-plain", "alice", JobStatus.COMPLETED, "Completed", T0.minusSeconds(3600));

    static AppState listed(List<TrainingJob> jobs, TuningJob... searches) {
        AppState s = UpdateTest.withJobs(jobs.toArray(TrainingJob[]::new)).started(Effect.ListSearches.KEY);
        return Update.update(s, new Msg.SearchesLoaded(JobScope.MINE, List.of(searches), null, T0)).state();
    }

    static List<String> rows(AppState s) {
        return JobQuery.rows(s.list(), s.session().ownership()).stream()
                .map(r -> (r.kind() == ListRow.Kind.CHILD ? "  " : "") + r.name() + (r.kind() == ListRow.Kind.SEARCH ? (r.expanded() ? " [-]" : " [+]") : ""))
                .toList();
    }

    static AppState select(AppState s, String name) {
        return s.withList(s.list().withSelected(name));
    }

    @Test
    void aSearch_isOneRow_withItsTrainingJobsFoldedUnderIt_andALookalikeNameStaysARowOfItsOwn() {
        AppState s = listed(List.of(KID_1, KID_2, KID_3, LOOKALIKE, PLAIN), TUNE);

        assertThat(rows(s)).containsExactly("alice-tune-1-extra", "alice-tune-1 [+]", "alice-xgb-plain");
    }

    @Test
    void right_onAFoldedSearch_showsItsTrainingJobsUnderIt_andListsThemOnce() {
        AppState s = select(listed(List.of(KID_1, KID_2, KID_3, PLAIN), TUNE), "alice-tune-1");

        Next n = UpdateTest.press(s, "<Right>");

        assertThat(rows(n.state())).containsExactly("alice-tune-1 [-]", "  alice-tune-1-003-cccc", "  alice-tune-1-002-bbbb",
                "  alice-tune-1-001-aaaa", "alice-xgb-plain");
        assertThat(n.effects()).containsExactly(new Effect.ListSearchChildren("alice-tune-1"));
        assertThat(UpdateTest.press(n.state(), "<Right>").effects()).isEmpty();
    }

    @Test
    void enter_expandsAFoldedSearch_thenOpensItsTuningView() {
        AppState s = select(listed(List.of(KID_1, PLAIN), TUNE), "alice-tune-1");

        AppState expanded = UpdateTest.press(s, "<Enter>").state();
        assertThat(expanded.view()).isEqualTo(View.LIST);
        assertThat(expanded.list().searches().isExpanded("alice-tune-1")).isTrue();

        Next opened = UpdateTest.press(expanded, "<Enter>");
        assertThat(opened.state().view()).isEqualTo(View.TUNING);
        assertThat(opened.state().tuning().name()).isEqualTo("alice-tune-1");
        assertThat(opened.effects()).anyMatch(e -> e instanceof Effect.LoadTuning);
        assertThat(UpdateTest.press(select(s, "alice-tune-1"), "t").state().view()).isEqualTo(View.TUNING);
        assertThat(UpdateTest.press(select(s, "alice-xgb-plain"), "t").state().view()).isEqualTo(View.LIST);
    }

    @Test
    void left_onATrainingJobUnderItsSearch_goesUpToTheSearch_andFoldsIt() {
        AppState s = select(listed(List.of(KID_1, KID_2, PLAIN), TUNE), "alice-tune-1");
        AppState expanded = UpdateTest.press(s, "<Right><Down>").state();
        assertThat(expanded.list().selected()).isEqualTo("alice-tune-1-002-bbbb");

        AppState folded = UpdateTest.press(expanded, "<Left>").state();

        assertThat(folded.list().selected()).isEqualTo("alice-tune-1");
        assertThat(rows(folded)).containsExactly("alice-tune-1 [+]", "alice-xgb-plain");
        assertThat(UpdateTest.press(folded, "<Left>").state()).isEqualTo(folded);
    }

    @Test
    void eachListRefresh_listsTheSearches_thenTheTrainingJobsOfExpandedSearchesOnly() {
        TuningJob other = Searches.sageMakerOf("alice-tune-2", "alice", JobStatus.COMPLETED, Searches.counters(12, 0, 0, 0), T0.minusSeconds(9000));
        AppState s = select(listed(List.of(KID_1, PLAIN), TUNE, other), "alice-tune-1");
        AppState expanded = Update.update(UpdateTest.press(s, "<Right>").state(), new Msg.SearchChildrenLoaded("alice-tune-1", List.of(KID_1))).state();

        Next refreshed = Update.update(expanded.started(Effect.ListJobs.KEY), new Msg.JobsLoaded(JobScope.MINE, List.of(KID_1, PLAIN), T0.plusSeconds(3)));
        assertThat(refreshed.effects()).contains(new Effect.ListSearches(JobScope.MINE)).noneMatch(e -> e instanceof Effect.ListSearchChildren);

        Next searches = Update.update(refreshed.state(), new Msg.SearchesLoaded(JobScope.MINE, List.of(TUNE, other), null, T0.plusSeconds(4)));
        assertThat(searches.effects()).containsExactly(new Effect.ListSearchChildren("alice-tune-1"));

        // one listing per search at a time: a refresh while they are on their way asks nothing more
        Next again = Update.update(searches.state().started(Effect.ListJobs.KEY), new Msg.JobsLoaded(JobScope.MINE, List.of(KID_1, PLAIN), T0.plusSeconds(6)));
        Next again2 = Update.update(again.state().started(Effect.ListSearches.KEY), new Msg.SearchesLoaded(JobScope.MINE, List.of(TUNE, other), null, T0.plusSeconds(7)));
        assertThat(again2.effects()).isEmpty();
    }

    @Test
    void trainingJobsListedForAnExpandedSearch_showUnderIt_evenWhenTheListDoesNotHaveThem() {
        TrainingJob summaryOnly = TrainingJob.builder("alice-tune-1-004-dddd", dev.sagedeck.domain.Backend.SAGEMAKER)
                .status(JobStatus.IN_PROGRESS).tags(Map.of(TuningTags.TUNING_JOB, "alice-tune-1")).build();
        AppState s = UpdateTest.press(select(listed(List.of(KID_1, PLAIN), TUNE), "alice-tune-1"), "<Right>").state();

        AppState n = Update.update(s, new Msg.SearchChildrenLoaded("alice-tune-1", List.of(KID_1, summaryOnly))).state();

        assertThat(rows(n)).containsExactly("alice-tune-1 [-]", "  alice-tune-1-001-aaaa", "  alice-tune-1-004-dddd", "alice-xgb-plain");
    }

    @Test
    void aTrainingJobWhoseSearchIsNotMineOrUnknown_isAnOrdinaryRow() {
        TrainingJob ofBobs = Searches.child(Jobs.sagemaker("alice-tagged-by-bobs-search", "alice", JobStatus.COMPLETED, "Completed", T0), "bob-tune-9");

        AppState s = listed(List.of(ofBobs, KID_1), TUNE);

        assertThat(rows(s)).containsExactly("alice-tagged-by-bobs-search", "alice-tune-1 [+]");
    }

    @Test
    void aSearchWithNoTrainingJobs_expandsToNothing_andSaysSo() {
        TuningJob empty = Searches.sageMakerOf("alice-tune-0", "alice", JobStatus.IN_PROGRESS, Searches.counters(0, 0, 0, 0), T0);
        AppState s = select(listed(List.of(PLAIN), empty), "alice-tune-0");

        AppState n = UpdateTest.press(s, "<Right>").state();

        assertThat(rows(n)).containsExactly("alice-tune-0 [-]", "alice-xgb-plain");
        assertThat(n.flash()).isEqualTo(SearchText.NO_CHILDREN.formatted("alice-tune-0"));
    }

    @Test
    void theFilter_appliesToEveryRow_soAMatchingTrainingJobOfASearchThatDoesNotMatch_showsOnItsOwn() {
        AppState s = UpdateTest.press(select(listed(List.of(KID_1, KID_2, KID_3, PLAIN), TUNE), "alice-tune-1"), "<Right>").state();

        assertThat(rows(UpdateTest.press(s, "/status:fail<Enter>").state())).containsExactly("alice-tune-1-002-bbbb");
        assertThat(rows(UpdateTest.press(s, "/status:inpro<Enter>").state())).containsExactly("alice-tune-1 [-]", "  alice-tune-1-003-cccc");
        AppState byName = UpdateTest.press(s, "/alice-tune-1-002<Enter>").state();
        assertThat(rows(byName)).containsExactly("alice-tune-1-002-bbbb");
        // the one row shown is what Enter opens
        assertThat(UpdateTest.press(byName, "<Enter>").state().job().name()).isEqualTo("alice-tune-1-002-bbbb");
    }

    @Test
    void theSort_ordersSearchesAmongJobs_andTrainingJobsWithinTheirSearch() {
        AppState s = UpdateTest.press(select(listed(List.of(KID_2, KID_1, KID_3, PLAIN, LOOKALIKE), TUNE), "alice-tune-1"), "<Right>").state();

        AppState byName = UpdateTest.press(s, "o").state();

        assertThat(byName.list().sort()).isEqualTo(JobSort.NAME);
        assertThat(rows(byName)).containsExactly("alice-tune-1 [-]", "  alice-tune-1-001-aaaa", "  alice-tune-1-002-bbbb",
                "  alice-tune-1-003-cccc", "alice-tune-1-extra", "alice-xgb-plain");
    }

    @Test
    void aLocalSearchsOwnRecord_isItsRow_notASecondOne() {
        TuningJob local = Searches.localOf("alice-search-1", "alice", JobStatus.IN_PROGRESS, Searches.counters(1, 1, 0, 0), T0.minusSeconds(60));
        TrainingJob kid = Searches.child(Jobs.local("alice-search-1-001", "alice", JobStatus.COMPLETED, T0.minusSeconds(50)), "alice-search-1");

        AppState s = listed(List.of(Searches.record(local), kid, PLAIN), local);

        assertThat(rows(s)).containsExactly("alice-search-1 [+]", "alice-xgb-plain");
        // what keys act on is the record itself: S, c and the local backend's own ways know it
        assertThat(JobQuery.rows(s.list(), s.session().ownership()).get(0).job().tags()).containsEntry(TuningTags.KIND, TuningTags.LOCAL_SEARCH);
    }

    @Test
    void S_onMyRunningSearch_asksForTheTypedConfirmation_andStopsItThroughTheGuardedStop() {
        AppState s = select(listed(List.of(KID_1, PLAIN), TUNE), "alice-tune-1");

        AppState asking = UpdateTest.press(s, "S").state();
        assertThat(asking.modal()).isInstanceOf(Modal.ConfirmStop.class);
        assertThat(((Modal.ConfirmStop) asking.modal()).job().name()).isEqualTo("alice-tune-1");

        Next stopped = UpdateTest.press(asking, "ne-1<Enter>");
        assertThat(stopped.effects()).contains(new Effect.StopJob("alice-tune-1", s.session().ownership(), "Stop tuning job"));
    }

    @Test
    void aFailedStopOfMyLocalSearch_saysStopLocalSearch_inItsErrorDialog() {
        TuningJob local = Searches.localOf("alice-search-1", "alice", JobStatus.IN_PROGRESS, Searches.counters(1, 1, 0, 0), T0.minusSeconds(60));
        AppState s = select(listed(List.of(Searches.record(local), PLAIN), local), "alice-search-1");

        AppState asking = UpdateTest.press(s, "S").state();
        Next sent = UpdateTest.press(asking, "ch-1<Enter>");
        Effect.StopJob stop = (Effect.StopJob) sent.effects().stream().filter(e -> e instanceof Effect.StopJob).findFirst().orElseThrow();
        AppState failed = Update.update(sent.state(), stop.failed("the record could not be written", T0)).state();

        assertThat(failed.modal()).isEqualTo(new Modal.Message("Stop local search", "Could not stop alice-search-1: the record could not be written"));
    }

    @Test
    void S_onAFinishedSearch_isRefusedWithoutADialog_andAudited() {
        TuningJob done = Searches.sageMakerOf("alice-tune-2", "alice", JobStatus.COMPLETED, Searches.counters(12, 0, 0, 0), T0);
        AppState finished = select(listed(List.of(PLAIN), done), "alice-tune-2");
        Next n = UpdateTest.press(finished, "S");
        assertThat(n.state().modal()).isNull();
        assertThat(n.state().flash()).contains("not running");
        assertThat(n.effects()).singleElement().isInstanceOf(Effect.RecordStopAttempt.class);
    }

    @Test
    void anOwnerTagOnASearch_saysWhoseItIs_overTheRecordedOwner_asForEveryJob() {
        // recorded as alice's, tagged owner=bob: the one ownership rule (the tag) decides
        TuningJob tagged = new TuningJob("alice-tune-x", TUNE.arn(), TUNE.backend(), JobStatus.IN_PROGRESS, "alice", TUNE.timing(),
                TUNE.strategy(), TUNE.objective(), TUNE.ranges(), TUNE.staticHyperParameters(), TUNE.limits(), TUNE.earlyStopping(),
                TUNE.counters(), null, null, 0.5, null, Map.of("owner", "bob"), TUNE.raw());
        AppState s = select(listed(List.of(PLAIN), tagged), "alice-tune-x");

        Next n = UpdateTest.press(s, "S");

        assertThat(n.state().modal()).isNull();
        assertThat(n.state().flash()).isEqualTo(Text.STOP_NOT_MINE.formatted("alice-tune-x", "bob"));
    }

    @Test
    void searchesListedForTheScopeJustLeft_areDropped_andTheShownScopeIsAskedFor() {
        AppState s = UpdateTest.withJobs(PLAIN).started(Effect.ListSearches.KEY);

        Next n = Update.update(s, new Msg.SearchesLoaded(JobScope.ALL, List.of(TUNE), null, T0));

        assertThat(n.state().list().searches().searches()).isEmpty();
        assertThat(n.effects()).containsExactly(new Effect.ListSearches(JobScope.MINE));
    }

    @Test
    void aBackendThatCannotListItsSearches_isSaidOnce_andTheOthersStillShow() {
        AppState s = UpdateTest.withJobs(PLAIN).started(Effect.ListSearches.KEY);

        AppState n = Update.update(s, new Msg.SearchesLoaded(JobScope.MINE, List.of(TUNE), "sagemaker: denied", T0)).state();
        assertThat(rows(n)).contains("alice-tune-1 [+]");
        assertThat(n.flash()).isEqualTo(SearchText.SEARCHES_FAILED.formatted("sagemaker: denied"));

        AppState again = Update.update(n.withFlash(null).started(Effect.ListSearches.KEY),
                new Msg.SearchesLoaded(JobScope.MINE, List.of(TUNE), "sagemaker: denied", T0)).state();
        assertThat(again.flash()).isNull();
    }

    @Test
    void space_onASearch_marksNothing_andSaysWhatToMark() {
        AppState s = select(listed(List.of(PLAIN), TUNE), "alice-tune-1");

        AppState n = UpdateTest.press(s, " ").state();

        assertThat(n.compare().marked()).isEmpty();
        assertThat(n.flash()).isEqualTo(SearchText.MARK_A_CONFIGURATION);
    }

    @Test
    void theKeyBarOffersASearchsKeys_onlyOnItsRows() {
        AppState s = listed(List.of(KID_1, PLAIN), TUNE);
        AppState onSearch = select(s, "alice-tune-1");
        AppState onJob = select(s, "alice-xgb-plain");

        assertThat(ActionTargets.appliesToRow(onSearch, Action.EXPAND)).isTrue();
        assertThat(ActionTargets.appliesToRow(onSearch, Action.COLLAPSE)).isFalse();
        assertThat(ActionTargets.appliesToRow(onSearch, Action.OPEN_TUNING)).isTrue();
        assertThat(ActionTargets.appliesToRow(onJob, Action.EXPAND)).isFalse();
        AppState onChild = select(UpdateTest.press(onSearch, "<Right>").state(), "alice-tune-1-001-aaaa");
        assertThat(ActionTargets.appliesToRow(onChild, Action.COLLAPSE)).isTrue();
        assertThat(ActionTargets.appliesToRow(onChild, Action.OPEN_TUNING)).isFalse();
    }
}
