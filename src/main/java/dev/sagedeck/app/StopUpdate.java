package dev.sagedeck.app;

import dev.sagedeck.app.keys.Key;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.StopDecision;
import dev.sagedeck.domain.TrainingJob;
import java.util.Optional;

/**
 * The safe stop in the dashboard. {@code S} asks {@link StopPolicy}: a job the stop would refuse
 * (not mine, not running, read-only) gets a flash with the reason and never a dialog; my running
 * job gets a confirmation that needs the last 4 characters of the name typed. Every refusal,
 * wrong confirmation and cancel is written to the audit log (as an effect); the stop itself is
 * re-checked by {@code usecase.GuardedStop} on a fresh describe.
 */
final class StopUpdate {
    private StopUpdate() {}

    /** Why {@code S} would not open the dialog for the selected job, or empty when it would. */
    static Optional<StopPolicy.Refusal> refusal(AppState s, TrainingJob job) {
        return StopPolicy.check(job, s.session().ownership(), s.session().readOnly());
    }

    static Next request(AppState s, Optional<TrainingJob> selected) {
        if (selected.isEmpty()) {
            return Next.of(s);
        }
        TrainingJob job = selected.get();
        Optional<StopPolicy.Refusal> refused = refusal(s, job);
        if (refused.isPresent()) {
            StopPolicy.Refusal r = refused.get();
            return audited(s.withFlash(r.message()), job, r.owner(), StopDecision.REFUSED, r.detail());
        }
        if (s.busy(Effect.StopJob.key(job.name()))) {
            return Next.of(s.withFlash(Text.STOP_IN_FLIGHT.formatted(InertText.of(job.name()))));
        }
        return Next.of(s.withModal(new Modal.ConfirmStop(job, "")));
    }

    static Next confirmKey(AppState s, Modal.ConfirmStop m, Key key) {
        TrainingJob job = m.job();
        if (key.equals(Key.ESC) || key.equals(Key.ENTER) && m.cancelFocused()) {
            return audited(s.withModal(null).withFlash(Text.STOP_CANCELLED), job, owner(s, job),
                    StopDecision.CANCELLED, "cancelled");
        }
        if (key.equals(Key.TAB) || key.equals(new Key("<S-Tab>"))) {
            return Next.of(s.withModal(m.toggleFocus()));
        }
        if (key.equals(Key.ENTER)) {
            if (!StopPolicy.confirms(job.name(), m.typed())) {
                String why = Text.STOP_WRONG_CONFIRMATION.formatted(InertText.of(m.typed()), InertText.of(m.expected()));
                return audited(s.withModal(m.withError(why)), job, owner(s, job), StopDecision.REFUSED,
                        "wrong confirmation text");
            }
            String name = job.name();
            return Next.of(s.withModal(null).started(Effect.StopJob.key(name)).withFlash(Text.STOPPING.formatted(InertText.of(name))),
                    new Effect.StopJob(name, s.session().ownership(), Text.stopTitle(job)));
        }
        return m.field().edit(key).map(f -> Next.of(s.withModal(m.typing(f)))).orElse(Next.of(s));
    }

    private static String owner(AppState s, TrainingJob job) {
        return s.session().ownership().ownerOf(job);
    }

    /** The state plus the effect that writes this attempt's audit line. */
    private static Next audited(AppState s, TrainingJob job, String jobOwner, StopDecision decision, String reason) {
        Ownership me = s.session().ownership();
        return Next.of(s, new Effect.RecordStopAttempt(job.name(), job.where(),
                jobOwner, decision, reason, me, Text.stopTitle(job)));
    }
}
