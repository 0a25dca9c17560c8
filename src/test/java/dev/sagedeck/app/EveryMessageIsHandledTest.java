package dev.sagedeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The plumbing the compiler cannot see: every permitted {@link Msg} reaches a reducer branch (no
 * fallback), and every {@link Effect.Io}'s failure message is handled and ends its in-flight mark,
 * so a failed effect never leaves its key busy (which would drop the next request of its kind).
 * Effects themselves are dispatched through {@link Effect.Handler}: a new one does not compile
 * until the runner handles it.
 */
class EveryMessageIsHandledTest {
    private static final String FALLBACK = "unhandled message";

    @Test
    void everyKindOfMessage_reachesAReducerBranch() {
        List<String> unhandled = new ArrayList<>();
        for (Class<?> kind : Msg.class.getPermittedSubclasses()) {
            Msg msg = (Msg) sample(kind);
            try {
                Update.update(UpdateTest.withJobs(Jobs.running("alice-a", "alice")), msg);
            } catch (IllegalArgumentException e) {
                if (String.valueOf(e.getMessage()).startsWith(FALLBACK)) {
                    unhandled.add(kind.getSimpleName());
                }
            }
        }
        assertThat(Msg.class.getPermittedSubclasses()).hasSizeGreaterThan(30);
        assertThat(unhandled).as("messages the reducer has no branch for").isEmpty();
    }

    @Test
    void everyEffectsFailure_isHandled_andEndsItsInFlightMark() {
        List<String> stuck = new ArrayList<>();
        for (Class<?> kind : allIoEffects()) {
            Effect.Io effect = (Effect.Io) sample(kind);
            AppState before = UpdateTest.withJobs(Jobs.running("alice-a", "alice")).started(effect);
            Msg failure = effect.failed("disk full", Jobs.T0);
            AppState after = Update.update(before, failure).state();
            if (after.busy(effect)) {
                stuck.add(kind.getSimpleName() + " -> " + failure.getClass().getSimpleName());
            }
        }
        assertThat(stuck).as("effects whose failure leaves them in flight").isEmpty();
    }

    @Test
    void everyEffect_isEitherIoOrTerminal_andIoEffectsAreManyKinds() {
        assertThat(Effect.class.getPermittedSubclasses()).containsExactlyInAnyOrder(Effect.Io.class, Effect.Terminal.class);
        assertThat(allIoEffects()).hasSameSizeAs(Effect.Handler.class.getDeclaredMethods());
    }

    private static List<Class<?>> allIoEffects() {
        return Arrays.asList(Effect.Io.class.getPermittedSubclasses());
    }

    /** A value of any message or effect record: every component filled with something plausible. */
    static Object sample(Class<?> type) {
        if (type == String.class) return "alice-a";
        if (type == boolean.class) return false;
        if (type == int.class) return 1;
        if (type == long.class) return 1L;
        if (type == double.class) return 1.0;
        if (type == Instant.class) return Jobs.T0;
        if (type == List.class) return List.of();
        if (type == Set.class) return Set.of();
        if (type == Map.class) return Map.of();
        if (type == TrainingJob.class) return Jobs.running("alice-a", "alice");
        if (type == Ownership.class) return Ownership.of("alice");
        if (type == LogCursor.class) return LogCursor.START;
        if (type == JobStatus.class) return JobStatus.IN_PROGRESS;
        if (type.isEnum()) return type.getEnumConstants()[0];
        if (type.isRecord()) {
            try {
                RecordComponent[] parts = type.getRecordComponents();
                Class<?>[] types = Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new);
                Constructor<?> c = type.getDeclaredConstructor(types);
                c.setAccessible(true);
                Object[] args = Arrays.stream(types).map(EveryMessageIsHandledTest::sample).toArray();
                return c.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make a sample " + type.getSimpleName(), e);
            }
        }
        return null;
    }
}
