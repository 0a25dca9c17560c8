package dev.sagedeck.app.wizard;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.Effect;
import dev.sagedeck.app.Msg;
import dev.sagedeck.app.Next;
import dev.sagedeck.app.Session;
import dev.sagedeck.app.Update;
import dev.sagedeck.app.keys.Key;
import dev.sagedeck.app.keys.Keymap;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.Price;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.testing.ScreenHarness;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reducer-level helpers for wizard tests: sessions with and without AWS, key presses collecting effects. */
final class WizardFixture {
    static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
    static final String CLEAR = "<Backspace>".repeat(80);

    private WizardFixture() {}

    static Session session(boolean aws) {
        return new Session("t", Ownership.of("alice"), "local + sagemaker", aws ? "AWS: us-east-1" : "AWS: not configured - local jobs only",
                null, false, Keymap.defaults(), Map.of("ml.m5.large", new Price("ml.m5.large", 0.115, "test")), Map.of(), ROLE);
    }

    static AppState state(boolean aws, TrainingJob... jobs) {
        AppState s = AppState.initial(session(aws), 120, 35, T0).started("list");
        return Update.update(s, new Msg.JobsLoaded(JobScope.MINE, List.of(jobs), T0)).state();
    }

    static Next press(AppState s, String keys) {
        Next n = Next.of(s);
        List<Effect> all = new ArrayList<>();
        for (String k : ScreenHarness.split(keys)) {
            n = Update.update(n.state(), new Msg.KeyPressed(new Key(k)));
            all.addAll(n.effects());
        }
        return new Next(n.state(), all);
    }

    static Next send(AppState s, Msg m) {
        return Update.update(s, m);
    }
}
