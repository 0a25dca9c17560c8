package dev.sagedeck.app;

import dev.sagedeck.app.CompareKeys;
import dev.sagedeck.domain.TrainingJob;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lesson's experiment launched from the wizard (Instance count {@code 1,2}): its jobs join the
 * list, are marked (and nothing else is), and the comparison opens on them; it fills in as they run.
 */
final class ExperimentUpdate {
    private ExperimentUpdate() {}

    static Next launched(AppState s, Msg.ExperimentLaunched m) {
        AppState n = s.finished(Effect.Launch.KEY).withWizard(null);
        List<TrainingJob> jobs = new ArrayList<>(n.list().jobs());
        Set<String> names = new LinkedHashSet<>();
        for (TrainingJob j : m.jobs()) {
            jobs.removeIf(x -> x.name().equals(j.name()));
            jobs.add(0, j);
            names.add(j.name());
        }
        n = n.withList(n.list().withJobs(jobs, n.list().loadedAt()).withNextRefresh(n.now()))
                .withCompare(n.compare().withMarked(names));
        if (m.problem() != null) {
            return Next.of(n.withModal(new Modal.Message(Text.LAUNCH_FAILED_TITLE,
                    Text.EXPERIMENT_PARTLY.formatted(String.join(", ", names), m.problem()))));
        }
        Next opened = CompareKeys.open(n);
        return new Next(opened.state().withFlash(Text.EXPERIMENT_LAUNCHED.formatted(names.size())), opened.effects());
    }
}
