package dev.sagedeck.app;

import dev.sagedeck.domain.LaunchSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Effects of the launch wizard: plan for the review, launch (one run, or one per instance count), remember its values, browse S3. Each
 * keeps its name {@code Effect.X} (see {@link Effect}).
 */
public sealed interface LaunchEffects permits Effect {
    /** Start a run. */
    record Launch(LaunchSpec spec) implements Effect.Io {
        public static final String KEY = "launch";

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.LaunchFailed(message);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.launch(this);
        }
    }

    /** Start one run per instance count (the lesson's experiment), one after the other; in flight as a launch. */
    record LaunchExperiment(List<LaunchSpec> specs) implements Effect.Io {
        public LaunchExperiment {
            specs = List.copyOf(specs);
        }

        public String key() {
            return Launch.KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.LaunchFailed(message);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.launchExperiment(this);
        }
    }

    /** Plan a launch for the wizard's review: the dry-run request and the pre-submit checks; nothing is created. */
    record PlanLaunch(LaunchSpec spec) implements Effect.Io {
        public static final String KEY = "plan";

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.LaunchPlanFailed(spec, message);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.planLaunch(this);
        }
    }

    /** Remember the wizard's values for next time ({@code wizard-last.json} in the state directory). */
    record SaveWizardValues(Map<String, String> values) implements Effect.Io {
        public static final String KEY = "wizard-last";

        public SaveWizardValues {
            values = Map.copyOf(values);
        }

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.WizardValuesSaved(message);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.saveWizardValues(this);
        }
    }

    /** List one level of an S3 prefix for the wizard's browser. */
    record ListObjects(String prefix) implements Effect.Io {
        public static final String KEY = "objects";

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.ObjectListFailed(prefix, message);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.listObjects(this);
        }
    }

    /** Read the framework catalogue (the SDK's PyTorch and TensorFlow tables) the wizard offers; blocking, so never on the UI thread. */
    record LoadFrameworks(dev.sagedeck.domain.FrameworkCatalog catalog) implements Effect.Io {
        public static final String KEY = "frameworks";

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.FrameworksLoaded(null, message);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.loadFrameworks(this);
        }
    }
}
