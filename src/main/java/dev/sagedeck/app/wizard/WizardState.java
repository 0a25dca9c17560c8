package dev.sagedeck.app.wizard;

import dev.sagedeck.app.keys.TextField;
import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.TrainingJob;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The open launch wizard as a value: the step, the focused field, every field's text (kept when
 * going back and forth), the current validation problems, the job it was cloned or promoted from,
 * the review's plan (dry-run request and pre-submit checks for exactly one spec), whether a
 * submit is on its way, how far the review is scrolled, the S3 browser over the data step (or null),
 * the focused text field being edited (its cursor, and whether its pre-filled value is still
 * untouched, so that typing replaces it), and the last directory listed for Tab in a path field.
 */
public record WizardState(
        WizardStep step,
        WizardField focus,
        Map<WizardField, String> values,
        Map<WizardField, String> errors,
        Origin origin,
        Plan plan,
        boolean submitting,
        int scroll,
        S3Browser browser,
        TextField field,
        dev.sagedeck.app.keys.PathCompletion.Listing listing) {

    /** A wizard without an open S3 browser (as before the browser existed). */
    public WizardState(WizardStep step, WizardField focus, Map<WizardField, String> values, Map<WizardField, String> errors,
            Origin origin, Plan plan, boolean submitting, int scroll) {
        this(step, focus, values, errors, origin, plan, submitting, scroll, null, null, null);
    }

    /** Where the values came from: a fresh run, a clone of a job, or a local run promoted to SageMaker. */
    public record Origin(Kind kind, TrainingJob job) {
        /** Fresh, clone or promote. */
        public enum Kind {
            NEW,
            CLONE,
            PROMOTE
        }

        public static final Origin NEW = new Origin(Kind.NEW, null);
    }

    /**
     * What the review shows for {@code spec}: the request a launch would send, the pre-submit
     * checks, or why planning failed; {@code pending} while the effect is on its way. For a search,
     * {@code tuning} is the search planned and {@code preview} its dry run (request, ceiling, expected time).
     */
    public record Plan(LaunchSpec spec, boolean pending, String request, List<CheckResult> checks, String error,
            dev.sagedeck.domain.tuning.TuningLaunch tuning, dev.sagedeck.domain.tuning.TuningPreview preview) {
        public Plan {
            checks = checks == null ? List.of() : List.copyOf(checks);
        }

        /** The plan of a single run. */
        public Plan(LaunchSpec spec, boolean pending, String request, List<CheckResult> checks, String error) {
            this(spec, pending, request, checks, error, null, null);
        }

        public static Plan pending(LaunchSpec spec) {
            return new Plan(spec, true, null, List.of(), null);
        }

        /** A search's plan on its way ({@code tuning} says for which search; {@code spec} is what each configuration shares). */
        public static Plan pending(dev.sagedeck.domain.tuning.TuningLaunch tuning) {
            return new Plan(tuning.base(), true, null, List.of(), null, tuning, null);
        }

        /** The first FAIL, which blocks Submit. */
        public java.util.Optional<CheckResult> firstFailure() {
            return checks.stream().filter(c -> c.verdict() == CheckResult.Verdict.FAIL).findFirst();
        }
    }

    public WizardState {
        values = immutable(values);
        errors = immutable(errors);
    }

    private static Map<WizardField, String> immutable(Map<WizardField, String> m) {
        return m.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(m));
    }

    public String value(WizardField f) {
        return values.getOrDefault(f, "");
    }

    /**
     * The focused text field as it is being edited: a field just focused holds its value pre-filled
     * (typing replaces it); once edited, the cursor and text as left. A value changed by anything
     * else (the S3 browser, a choice) starts over as pre-filled.
     */
    public TextField editor() {
        String v = focus == null ? "" : value(focus);
        return field != null && field.text().equals(v) ? field : TextField.prefilled(v);
    }

    public WizardState withStep(WizardStep s, WizardField f) {
        return new WizardState(s, f, values, errors, origin, plan, submitting, 0, null, null, listing);
    }

    public WizardState withFocus(WizardField f) {
        return new WizardState(step, f, values, errors, origin, plan, submitting, scroll, browser, f == focus ? field : null, listing);
    }

    public WizardState withValues(Map<WizardField, String> v, Map<WizardField, String> e) {
        return new WizardState(step, focus, v, e, origin, plan, submitting, scroll, browser, field, listing);
    }

    /** The focused field's editor after a key (its text is the focused value too: see {@link #editor}). */
    public WizardState withField(TextField f) {
        return new WizardState(step, focus, values, errors, origin, plan, submitting, scroll, browser, f, listing);
    }

    /** The directory listed for Tab completion in the focused path field. */
    public WizardState withListing(dev.sagedeck.app.keys.PathCompletion.Listing l) {
        return new WizardState(step, focus, values, errors, origin, plan, submitting, scroll, browser, field, l);
    }

    public WizardState withPlan(Plan p) {
        return new WizardState(step, focus, values, errors, origin, p, submitting, scroll, browser, field, listing);
    }

    public WizardState withSubmitting(boolean b) {
        return new WizardState(step, focus, values, errors, origin, plan, b, scroll, browser, field, listing);
    }

    public WizardState withScroll(int s) {
        return new WizardState(step, focus, values, errors, origin, plan, submitting, Math.max(0, s), browser, field, listing);
    }

    /** Opens, replaces or (null) closes the S3 browser. */
    public WizardState withBrowser(S3Browser b) {
        return new WizardState(step, focus, values, errors, origin, plan, submitting, scroll, b, field, listing);
    }
}
