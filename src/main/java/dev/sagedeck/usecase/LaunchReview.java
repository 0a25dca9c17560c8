package dev.sagedeck.usecase;

import dev.sagedeck.app.WizardSubmit;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.DataChecks;
import dev.sagedeck.port.LaunchPlanning;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans a launch without launching: the wizard's review and {@code sagedeck launch --dry-run} ask
 * here, and the backend's {@link LaunchPlanning} answers (local runs: file checks; SageMaker: the
 * request and its checks). Blocking (may call AWS): run it off the UI thread.
 */
public final class LaunchReview {
    /** What the review shows: the request a launch would send (null for a local run) and the pre-submit checks. */
    public record Plan(String request, List<CheckResult> checks) {
        public Plan {
            checks = List.copyOf(checks);
        }
    }

    private final Map<Backend, LaunchPlanning> planning;

    /**
     * Local runs are always planned, their training file read by {@code data} (null: only that the
     * files exist); {@code remote} plans SageMaker launches (null: AWS not configured).
     */
    public LaunchReview(LaunchPlanning remote, DataChecks data) {
        this.planning = new EnumMap<>(Backend.class);
        planning.put(Backend.LOCAL, new LocalLaunchPlanning(data));
        if (remote != null) {
            planning.put(Backend.SAGEMAKER, remote);
        }
    }

    /** The planning for a backend, when there is one. */
    public Optional<LaunchPlanning> planning(Backend backend) {
        return Optional.ofNullable(planning.get(backend));
    }

    /**
     * The review's plan, or empty when nothing can plan this backend. A request that cannot be
     * built is a FAIL check (it would fail at submit too), and the checks run under the name the
     * review shows (a default name differs on every planning).
     */
    public Optional<Plan> plan(LaunchSpec spec) {
        LaunchPlanning p = planning.get(spec.backend());
        if (p == null) {
            return Optional.empty();
        }
        List<CheckResult> checks = new ArrayList<>();
        String request = null;
        try {
            request = p.dryRun(spec);
        } catch (BackendException e) {
            checks.add(new CheckResult("request", CheckResult.Verdict.FAIL, e.getMessage()));
        }
        checks.addAll(p.check(WizardSubmit.reviewed(spec, request)));
        return Optional.of(new Plan(request, checks));
    }
}
