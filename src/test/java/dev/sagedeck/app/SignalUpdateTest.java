package dev.sagedeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.PhaseHistory;
import dev.sagedeck.app.signals.SignalRules;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.TrainingJob;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignalUpdateTest {
    static Next load(AppState s, SignalRules rules, TrainingJob... jobs) {
        AppState n = Update.update(s, new Msg.SignalsLoaded(rules, PhaseHistory.EMPTY, null)).state();
        return Update.update(n, new Msg.JobsLoaded(JobScope.MINE, List.of(jobs), n.now()));
    }

    @Test
    void withBellAndDesktopOff_theFlashStillSaysIt_butNothingIsWrittenToTheTerminal() {
        SignalRules quiet = SignalRules.fromConfig(Map.of("signals.bell", "off", "signals.desktop", "off"));
        TrainingJob running = Jobs.running("alice-a", "alice");
        AppState seen = load(UpdateTest.fresh(false), quiet, running).state();

        Next ended = Update.update(seen, new Msg.JobsLoaded(JobScope.MINE,
                List.of(running.toBuilder().status(JobStatus.COMPLETED).build()), seen.now()));

        assertThat(ended.state().flash()).isEqualTo("alice-a: Completed");
        assertThat(ended.effects()).noneMatch(e -> e instanceof Effect.Alert);
        assertThat(ended.state().signals().flagged()).containsExactly("alice-a");
    }

    @Test
    void openingTheJob_removesItsMarker() {
        TrainingJob running = Jobs.running("alice-a", "alice");
        AppState seen = load(UpdateTest.fresh(false), SignalRules.DEFAULTS, running).state();
        Next ended = Update.update(seen, new Msg.JobsLoaded(JobScope.MINE,
                List.of(running.toBuilder().status(JobStatus.FAILED).failureReason("OOM").build()), seen.now()));
        assertThat(ended.effects()).anyMatch(e -> e instanceof Effect.Alert a && a.bell() && a.desktop());

        AppState opened = Update.open(ended.state(), ended.state().list().jobs().get(0)).state();

        assertThat(opened.signals().flagged()).isEmpty();
    }

    @Test
    void beforeTheRulesAreRead_aListingRaisesNothing() {
        TrainingJob running = Jobs.running("alice-a", "alice");
        AppState s = UpdateTest.fresh(false);
        AppState first = Update.update(s, new Msg.JobsLoaded(JobScope.MINE, List.of(running), s.now())).state();

        Next second = Update.update(first, new Msg.JobsLoaded(JobScope.MINE,
                List.of(running.toBuilder().status(JobStatus.FAILED).build()), s.now()));

        assertThat(second.effects()).noneMatch(e -> e instanceof Effect.Alert);
        assertThat(second.state().signals().recent()).isEmpty();
    }
}
