package dev.sagedeck.app;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.TrainingJob;
import java.util.ArrayList;
import java.util.List;

/**
 * Local job files changed on disk: list the local jobs again (a run started in another shell shows
 * within a second), re-describe the open job when its record moved, and read the open log as soon
 * as it grows. A change that arrives while the same read is in flight is remembered (an {@link Effect#again} key) and read right after, so no write is missed and no read is queued twice.
 */
final class LocalChanges {
    private LocalChanges() {}

    static Next changed(AppState s, Msg.LocalJobsChanged m) {
        List<Effect> effects = new ArrayList<>();
        AppState n = s;
        if (!m.records().isEmpty()) {
            n = listLocal(n, effects);
            n = SearchUpdate.listLocal(n, m.records(), effects); // a local search's row moves with its training jobs
            String open = n.job() == null ? null : n.job().name();
            if (open != null && (m.records().contains(open) || m.records().contains("")) && !n.busy(Effect.DescribeJob.key(open))) {
                effects.add(new Effect.DescribeJob(open));
                n = n.started(Effect.DescribeJob.key(open));
            }
        }
        if (n.logs() != null && !n.logs().complete() && m.logs().contains(n.logs().job())) {
            n = readLog(n, effects);
        }
        return new Next(n, effects);
    }

    /** The local rows replace the old local rows; the other backends' rows and the refresh timer stay. */
    static Next loaded(AppState s, Msg.LocalJobsLoaded m) {
        List<Effect> effects = new ArrayList<>();
        AppState n = s.finished(Effect.ListLocalJobs.KEY);
        if (n.busy(Effect.again(Effect.ListLocalJobs.KEY))) {
            n = listLocal(n.finished(Effect.again(Effect.ListLocalJobs.KEY)), effects);
        }
        if (m.scope() != n.list().scope()) {
            return new Next(n, effects);
        }
        List<TrainingJob> rows = new ArrayList<>(m.jobs());
        for (TrainingJob old : n.list().jobs()) {
            if (old.backend() != Backend.LOCAL) {
                rows.add(old);
            }
        }
        JobListState l = n.list().withRows(rows);
        if (l.selected() == null) {
            List<TrainingJob> visible = JobQuery.visible(l, n.session().ownership());
            if (!visible.isEmpty()) {
                l = l.withSelected(visible.get(0).name());
            }
        }
        return new Next(n.withList(l), effects);
    }

    static Next failed(AppState s, Msg.LocalJobsFailed m) {
        return Next.of(s.finished(Effect.ListLocalJobs.KEY).finished(Effect.again(Effect.ListLocalJobs.KEY)).withList(s.list().withError(m.message(), m.at())));
    }

    /** After a log read: when the log grew again while it was being read, read on at once. */
    static Next afterRead(Next next, String name) {
        AppState n = next.state();
        if (!n.busy(Effect.again(Effect.ReadLogs.key(name)))) {
            return next;
        }
        n = n.finished(Effect.again(Effect.ReadLogs.key(name)));
        List<Effect> effects = new ArrayList<>(next.effects());
        if (n.logs() != null && n.logs().job().equals(name) && !n.logs().complete()) {
            n = readLog(n, effects);
        }
        return new Next(n, effects);
    }

    private static AppState listLocal(AppState s, List<Effect> effects) {
        if (s.busy(Effect.ListLocalJobs.KEY)) {
            return s.started(Effect.again(Effect.ListLocalJobs.KEY));
        }
        effects.add(new Effect.ListLocalJobs(s.list().scope()));
        return s.started(Effect.ListLocalJobs.KEY);
    }

    private static AppState readLog(AppState s, List<Effect> effects) {
        String job = s.logs().job();
        if (s.busy(Effect.ReadLogs.key(job))) {
            return s.started(Effect.again(Effect.ReadLogs.key(job)));
        }
        effects.add(new Effect.ReadLogs(job, s.logs().cursor()));
        return s.started(Effect.ReadLogs.key(job));
    }
}
