package dev.sagedeck.app;

import dev.sagedeck.domain.TrainingJob;
import java.util.Optional;

/**
 * The safe stop: S on someone else's job explains whose it is; on a job that is not running says so;
 * on my running job opens a confirmation that needs the last 4 characters of the name typed.
 * Nothing is stopped without that dialog, and the backend re-checks before stopping.
 */
final class StopUpdate {
    private StopUpdate() {}

    static Next request(AppState s, Optional<TrainingJob> selected) {
        if (selected.isEmpty()) {
            return Next.of(s);
        }
        TrainingJob job = selected.get();
        if (s.session().readOnly()) {
            return Next.of(s.withModal(new Modal.Message(Text.STOP_TITLE, Text.READ_ONLY_STOP)));
        }
        if (!s.session().ownership().isMine(job)) {
            String owner = job.owner() != null ? job.owner() : job.tags().getOrDefault(s.session().ownership().tagKey(), "someone else");
            return Next.of(s.withModal(new Modal.Message(Text.STOP_TITLE, Text.STOP_NOT_MINE.formatted(job.name(), owner))));
        }
        if (!job.status().isActive()) {
            return Next.of(s.withModal(new Modal.Message(Text.STOP_TITLE, Text.STOP_NOT_RUNNING.formatted(job.name(), job.status().text()))));
        }
        if (s.busy("stop:" + job.name())) {
            return Next.of(s.withFlash(Text.STOP_IN_FLIGHT.formatted(job.name())));
        }
        return Next.of(s.withModal(new Modal.ConfirmStop(job, "")));
    }

    static Next confirmKey(AppState s, Modal.ConfirmStop m, dev.sagedeck.app.keys.Key key) {
        if (key.equals(dev.sagedeck.app.keys.Key.ESC)) {
            return Next.of(s.withModal(null).withFlash(Text.STOP_CANCELLED));
        }
        if (key.equals(dev.sagedeck.app.keys.Key.BACKSPACE)) {
            String t = m.typed();
            return Next.of(s.withModal(new Modal.ConfirmStop(m.job(), t.isEmpty() ? t : t.substring(0, t.length() - 1))));
        }
        if (key.equals(dev.sagedeck.app.keys.Key.ENTER)) {
            if (!m.typed().equals(m.expected())) {
                // Enter with the wrong (or no) characters is the Cancel button, which has the focus
                return Next.of(s.withModal(null).withFlash(Text.STOP_CANCELLED));
            }
            String name = m.job().name();
            return Next.of(s.withModal(null).started("stop:" + name).withFlash(Text.STOPPING.formatted(name)),
                    new Effect.StopJob(name, s.session().ownership()));
        }
        if (key.isChar() && m.typed().length() < 4) {
            return Next.of(s.withModal(new Modal.ConfirmStop(m.job(), m.typed() + key.ch())));
        }
        return Next.of(s);
    }
}
