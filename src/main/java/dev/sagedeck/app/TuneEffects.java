package dev.sagedeck.app;

import dev.sagedeck.domain.tuning.TuningLaunch;
import java.time.Instant;

/**
 * Effects of a search started from the wizard: its review's plan, its launch, and reading a local
 * search to promote. Each keeps its name {@code Effect.X} (see {@link Effect}).
 */
public sealed interface TuneEffects permits Effect {
    /** Plan a search for the review: the dry run, the expected time, the checks; nothing is created. */
    record PlanTuning(TuningLaunch launch) implements Effect.Io {
        public static final String KEY = "plan-tuning";

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.TuningPlanFailed(launch, message);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.planTuning(this);
        }
    }

    /** Start a search; in flight as a launch, so one submit starts one thing. */
    record LaunchTuning(TuningLaunch launch) implements Effect.Io {
        public String key() {
            return LaunchEffects.Launch.KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.TuningLaunchFailed(message);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.launchTuning(this);
        }
    }

    /** Read a local search and its own record, to promote it to SageMaker (P). */
    record ReadSearch(String name) implements Effect.Io {
        public static String key(String name) {
            return "read-search:" + name;
        }

        public String key() {
            return key(name);
        }

        public Msg failed(String message, Instant at) {
            return new Msg.SearchPromoteFailed(name, message);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.readSearch(this);
        }
    }
}
