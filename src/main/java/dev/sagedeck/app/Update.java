package dev.sagedeck.app;

import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.TrainingJob;
import java.util.ArrayList;
import java.util.List;

/**
 * The pure reducer: state + message -> new state + effects. It never performs I/O; every decision
 * to talk to a backend is a returned {@link Effect}. Keys are handled by {@link KeyUpdate}.
 */
public final class Update {
    private Update() {}

    public static Next update(AppState s, Msg msg) {
        if (msg instanceof Msg.KeyPressed k) {
            return KeyUpdate.key(s.withFlash(null), k.key());
        }
        if (msg instanceof Msg.InputClosed) {
            return Next.of(s.quitting());
        }
        if (msg instanceof Msg.EnvironmentKnown m) {
            Session session = s.session().withNotebook(m.header() == null ? "" : m.header());
            if (m.defaultRole() != null && session.defaultRole() == null) {
                session = session.withDefaultRole(m.defaultRole());
            }
            return Next.of(s.finished(new Effect.LookupEnvironment().key()).withSession(session));
        }
        if (msg instanceof Msg.Resized r) {
            return Next.of(s.withSize(r.columns(), r.rows()));
        }
        if (msg instanceof Msg.Tick t) {
            return TuningUpdate.tick(tick(s.withNow(t.now())));
        }
        if (msg instanceof Msg.JobsLoaded m) {
            return SearchUpdate.refresh(SignalUpdate.afterJobs(jobsLoaded(s.finished(Effect.ListJobs.KEY), m)));
        }
        if (msg instanceof Msg.SearchesLoaded m) {
            return SearchUpdate.loaded(s, m);
        }
        if (msg instanceof Msg.SearchesFailed m) {
            return SearchUpdate.failed(s, m);
        }
        if (msg instanceof Msg.SearchChildrenLoaded m) {
            return SearchUpdate.childrenLoaded(s, m);
        }
        if (msg instanceof Msg.SearchChildrenFailed m) {
            return SearchUpdate.childrenFailed(s, m);
        }
        if (msg instanceof Msg.SignalsLoaded m) {
            return SignalUpdate.loaded(s, m);
        }
        if (msg instanceof Msg.PhasesRecorded m) {
            return Next.of(SignalUpdate.recorded(s.finished(Effect.RecordPhases.KEY), m));
        }
        if (msg instanceof Msg.JobsPartlyLoaded m) {
            // keep the last rows of the backends that failed, take the fresh rows of the others
            List<TrainingJob> merged = new ArrayList<>(m.jobs());
            for (TrainingJob old : s.list().jobs()) {
                if (m.failed().contains(old.backend())) {
                    merged.add(old);
                }
            }
            Next loaded = jobsLoaded(s.finished(Effect.ListJobs.KEY), new Msg.JobsLoaded(m.scope(), merged, m.at()));
            JobListState l = loaded.state().list().withError(m.message(), m.at());
            return SearchUpdate.refresh(SignalUpdate.afterJobs(new Next(loaded.state().withList(l.withNextRefresh(Refresh.afterFailure(l.failures(), m.at()))), loaded.effects())));
        }
        if (msg instanceof Msg.JobsFailed m) {
            JobListState l = s.list().withError(m.message(), m.at());
            return Next.of(s.finished(Effect.ListJobs.KEY).withList(l.withNextRefresh(Refresh.afterFailure(l.failures(), m.at()))));
        }
        if (msg instanceof Msg.JobDescribed m) {
            AppState n = s.finished(Effect.DescribeJob.key(m.job().name()));
            if (n.compare().open() && n.compare().isMarked(m.job().name())) {
                n = n.withCompare(n.compare().withDescribed(m.job()));
            }
            if (n.job() != null && n.job().name().equals(m.job().name())) {
                n = n.withJob(n.job().withJob(m.job()));
            }
            // the fresher description also updates the job's row, so going back never shows a stale status
            List<TrainingJob> rows = new ArrayList<>(n.list().jobs());
            rows.replaceAll(j -> j.name().equals(m.job().name()) ? m.job() : j);
            n = n.withList(n.list().withRows(rows));
            String key = Effect.ReadLogs.key(m.job().name());
            if (m.job().status().isFinal() && n.logs() != null && n.logs().job().equals(m.job().name())
                    && !n.logs().complete() && !n.busy(key)) {
                // the job has ended: read its log to the end now, so a finished job never shows "Waiting for log lines"
                return Next.of(n.started(key), new Effect.ReadLogs(m.job().name(), n.logs().cursor()));
            }
            return Next.of(n);
        }
        if (msg instanceof Msg.DescribeFailed m) {
            AppState n = s.finished(Effect.DescribeJob.key(m.name()));
            if (n.job() != null && n.job().name().equals(m.name())) {
                n = n.withJob(n.job().withError(m.message()));
            }
            return Next.of(n);
        }
        if (msg instanceof Msg.LogsRead m) {
            AppState n = SignalUpdate.logs(LogUpdate.read(s.finished(Effect.ReadLogs.key(m.name())), m.name(), m.chunk(), m.rounds()),
                    m.name(), m.chunk().lines());
            TrainingJob shown = n.job() != null && n.job().name().equals(m.name()) ? n.job().job() : null;
            if (m.chunk().complete() && shown != null && !shown.status().isFinal() && !n.busy(Effect.DescribeJob.key(m.name()))) {
                // the log says the job has ended: show its final state now, not at the next refresh
                return LocalChanges.afterRead(Next.of(n.started(Effect.DescribeJob.key(m.name())), new Effect.DescribeJob(m.name())), m.name());
            }
            return LocalChanges.afterRead(Next.of(n), m.name());
        }
        if (msg instanceof Msg.LogsFailed m) {
            AppState n = s.finished(Effect.ReadLogs.key(m.name())).finished(Effect.again(Effect.ReadLogs.key(m.name())));
            if (n.logs() != null && n.logs().job().equals(m.name())) {
                n = n.withLogs(n.logs().withError(m.message()).withNextPoll(n.now().plus(Refresh.REMOTE_LOG_POLL)));
            }
            return Next.of(n);
        }
        if (msg instanceof Msg.StopDone m) {
            AppState n = s.finished(Effect.StopJob.key(m.name())).withFlash(m.message());
            if (!m.sent()) {
                n = n.withModal(new Modal.Message(m.title(), m.message()));
            }
            // refresh at once so the row shows Stopping, then Stopped
            n = n.withList(n.list().withNextRefresh(n.now()));
            if (n.busy(Effect.ListJobs.KEY)) {
                return Next.of(n);
            }
            return Next.of(n.started(Effect.ListJobs.KEY), new Effect.ListJobs(n.list().scope()));
        }
        if (msg instanceof Msg.StopAttemptRecorded m) {
            AppState n = s.finished(Effect.RecordStopAttempt.key(m.job()));
            return Next.of(m.problem() == null ? n : n.withModal(new Modal.Message(m.title(), m.problem())));
        }
        if (msg instanceof Msg.StopFailed m) {
            return Next.of(s.finished(Effect.StopJob.key(m.name())).withModal(new Modal.Message(m.title(), Text.STOP_FAILED.formatted(m.name(), m.message()))));
        }
        if (msg instanceof Msg.Launched m) {
            // select the new run and open it with its log following, like after a wizard submit
            AppState n = s.finished(Effect.Launch.KEY).withWizard(null).withFlash(Text.LAUNCHED.formatted(m.job().name()));
            List<TrainingJob> jobs = new ArrayList<>(n.list().jobs());
            jobs.add(0, m.job());
            n = n.withList(n.list().withJobs(jobs, n.list().loadedAt()).withSelected(m.job().name()).withNextRefresh(n.now()));
            return open(n, m.job());
        }
        if (msg instanceof Msg.ExperimentLaunched m) {
            return ExperimentUpdate.launched(s, m);
        }
        if (msg instanceof Msg.LaunchFailed m) {
            AppState n = s.finished(Effect.Launch.KEY);
            if (n.wizard() != null) {
                n = n.withWizard(n.wizard().withSubmitting(false)); // the wizard stays, every value kept
            }
            return Next.of(n.withModal(new Modal.Message(Text.LAUNCH_FAILED_TITLE, m.message())));
        }
        if (msg instanceof Msg.LaunchPlanned m) {
            return WizardSubmit.planned(s, m);
        }
        if (msg instanceof Msg.LaunchPlanFailed m) {
            return WizardSubmit.planFailed(s, m);
        }
        if (msg instanceof Msg.TuningPlanned || msg instanceof Msg.TuningPlanFailed || msg instanceof Msg.TuningLaunched
                || msg instanceof Msg.TuningLaunchFailed || msg instanceof Msg.SearchToPromote || msg instanceof Msg.SearchPromoteFailed) {
            return WizardTuneUpdate.update(s, msg);
        }
        if (msg instanceof Msg.ObjectsListed m) {
            return dev.sagedeck.app.S3BrowseUpdate.listed(s, m);
        }
        if (msg instanceof Msg.ObjectListFailed m) {
            return dev.sagedeck.app.S3BrowseUpdate.failed(s, m);
        }
        if (msg instanceof Msg.WizardValuesSaved m) {
            AppState n = s.finished(Effect.SaveWizardValues.KEY);
            return Next.of(m.problem() == null ? n : n.withFlash(Text.WIZARD_NOT_REMEMBERED.formatted(m.problem())));
        }
        if (msg instanceof Msg.TestFileRemembered m) {
            AppState n = s.finished(Effect.RememberTestFile.KEY);
            return Next.of(m.problem() == null ? n : n.withFlash(Text.TEST_FILE_NOT_REMEMBERED.formatted(m.problem())));
        }
        if (msg instanceof Msg.FrameworksLoaded m) {
            return Next.of(WizardOpen.frameworksLoaded(s, m));
        }
        if (msg instanceof Msg.DirectoryListed m) {
            return Next.of(WizardPaths.listed(s, m));
        }
        if (msg instanceof Msg.ComparisonExported m) {
            return Next.of(s.finished(Effect.ExportComparison.KEY).withFlash(Text.EXPORTED.formatted(m.path())));
        }
        if (msg instanceof Msg.ModelEvaluated m) {
            return CompareEvaluate.evaluated(s, m);
        }
        if (msg instanceof Msg.EvaluationFailed m) {
            return CompareEvaluate.failed(s, m);
        }
        if (msg instanceof Msg.PathCompleted m) {
            return PathCompletionUpdate.completed(s, m);
        }
        if (msg instanceof Msg.ExportFailed m) {
            return Next.of(s.finished(Effect.ExportComparison.KEY).withModal(new Modal.Message(Text.SAVE_FAILED_TITLE, m.message())));
        }
        if (msg instanceof Msg.Saved m) {
            return Next.of(s.finished(Effect.SaveLog.KEY).withFlash(m.message()));
        }
        if (msg instanceof Msg.LocalJobsChanged m) {
            return LocalChanges.changed(s, m);
        }
        if (msg instanceof Msg.LocalJobsLoaded m) {
            return LocalChanges.loaded(s, m);
        }
        if (msg instanceof Msg.LocalJobsFailed m) {
            return LocalChanges.failed(s, m);
        }
        if (msg instanceof Msg.OwnerSaved m) {
            // the backends read the owner from the config file, so list again only now that it is there
            AppState n = s.finished(Effect.SaveOwner.KEY).withFlash(m.message());
            n = n.withList(n.list().withNextRefresh(n.now()));
            return n.busy(Effect.ListJobs.KEY) ? Next.of(n) : Next.of(n.started(Effect.ListJobs.KEY), new Effect.ListJobs(n.list().scope()));
        }
        if (msg instanceof Msg.SaveFailed m) {
            return Next.of(s.finished(Effect.SaveLog.KEY).withModal(new Modal.Message(Text.SAVE_FAILED_TITLE, m.message())));
        }
        if (msg instanceof Msg.OpenTuning m) {
            return TuningUpdate.open(s, m);
        }
        if (msg instanceof Msg.TuningLoaded m) {
            return TuningUpdate.loaded(s, m);
        }
        if (msg instanceof Msg.TuningFailed m) {
            return TuningUpdate.failed(s, m);
        }
        if (msg instanceof Msg.OwnerSaveFailed m) {
            return Next.of(s.finished(Effect.SaveOwner.KEY).withModal(new Modal.Message(Text.SAVE_FAILED_TITLE, m.message())));
        }
        throw new IllegalArgumentException("unhandled message " + msg);
    }

    /** The clock: refresh the list, poll the open log and re-describe the open job when due. */
    static Next tick(AppState s) {
        List<Effect> effects = new ArrayList<>();
        AppState n = s;
        if (!n.busy(Effect.ListJobs.KEY) && !n.now().isBefore(n.list().nextRefresh())) {
            effects.add(new Effect.ListJobs(n.list().scope()));
            n = n.started(Effect.ListJobs.KEY);
        }
        if (!n.signals().loaded() && !n.busy(Effect.LoadSignals.KEY)) {
            Next load = SignalUpdate.load(n);
            effects.addAll(load.effects());
            n = load.state();
        }
        if (n.session().notebook() == null && !n.busy(new Effect.LookupEnvironment())) {
            // asked once, after the first frame: start-up never waits for AWS
            effects.add(new Effect.LookupEnvironment());
            n = n.started(new Effect.LookupEnvironment());
        }
        if (n.logs() != null && !n.logs().complete() && !n.busy(Effect.ReadLogs.key(n.logs().job()))
                && !n.now().isBefore(n.logs().nextPoll())) {
            effects.add(new Effect.ReadLogs(n.logs().job(), n.logs().cursor()));
            n = n.started(Effect.ReadLogs.key(n.logs().job()));
        }
        if (n.job() != null && !n.busy(Effect.DescribeJob.key(n.job().name())) && needsDescribe(n)) {
            effects.add(new Effect.DescribeJob(n.job().name()));
            n = n.started(Effect.DescribeJob.key(n.job().name()));
        }
        return new Next(n, effects);
    }

    /** Only a job never described yet; running jobs are re-described when the list refreshes. */
    private static boolean needsDescribe(AppState s) {
        TrainingJob j = s.job().job();
        return (j == null || j.raw() == null) && s.job().error() == null;
    }

    private static Next jobsLoaded(AppState s, Msg.JobsLoaded m) {
        if (m.scope() != s.list().scope()) {
            // a listing for the scope we just left: drop it and ask again for the current one
            return Next.of(s.withList(s.list().withNextRefresh(s.now())));
        }
        JobListState l = s.list().withJobs(m.jobs(), m.at())
                .withNextRefresh(Refresh.afterLoad(m.scope(), m.jobs(), s.session().ownership(), m.at()));
        List<TrainingJob> visible = JobQuery.visible(l, s.session().ownership());
        String selected = l.selected();
        if ((selected == null || visible.stream().noneMatch(j -> j.name().equals(selected))) && !visible.isEmpty()) {
            l = l.withSelected(visible.get(0).name());
        }
        AppState n = s.withList(l);
        if (n.job() != null && !n.busy(Effect.DescribeJob.key(n.job().name()))) {
            TrainingJob shown = n.job().job();
            // a job in a final state never changes: describe again only while it may still move
            if (shown == null || !shown.status().isFinal() || statusMoved(m.jobs(), shown)) {
                return Next.of(n.started(Effect.DescribeJob.key(n.job().name())), new Effect.DescribeJob(n.job().name()));
            }
        }
        return Next.of(n);
    }

    private static boolean statusMoved(List<TrainingJob> jobs, TrainingJob shown) {
        return jobs.stream().anyMatch(j -> j.name().equals(shown.name()) && !j.status().equals(shown.status()));
    }

    /** Opens a job: its detail and its log, starting with the last lines. */
    static Next open(AppState s, TrainingJob job) {
        // the log starts over from its last lines, and so does the metric series read from it
        AppState n = s.withJob(JobPane.open(job.name(), job)).withLogs(LogPane.open(job.name())).withView(View.JOB)
                .withList(s.list().withSeries(job.name(), MetricSeries.EMPTY)).withSignals(s.signals().seen(job.name()));
        List<Effect> effects = new ArrayList<>();
        if (!n.busy(Effect.DescribeJob.key(job.name()))) {
            effects.add(new Effect.DescribeJob(job.name()));
            n = n.started(Effect.DescribeJob.key(job.name()));
        }
        if (!n.busy(Effect.ReadLogs.key(job.name()))) {
            effects.add(new Effect.ReadLogs(job.name(), LogCursor.START));
            n = n.started(Effect.ReadLogs.key(job.name()));
        }
        return new Next(n, effects);
    }

    /** Switches mine/all and lists the new scope at once. */
    static Next toggleScope(AppState s) {
        JobScope next = s.list().scope() == JobScope.MINE ? JobScope.ALL : JobScope.MINE;
        AppState n = s.withList(s.list().withScope(next).withNextRefresh(s.now()))
                .withFlash(next == JobScope.ALL ? Text.SHOWING_ALL : Text.SHOWING_MINE);
        if (n.busy(Effect.ListJobs.KEY)) {
            return Next.of(n); // the answer for the old scope is dropped on arrival and re-asked
        }
        return Next.of(n.started(Effect.ListJobs.KEY), new Effect.ListJobs(next));
    }
}
