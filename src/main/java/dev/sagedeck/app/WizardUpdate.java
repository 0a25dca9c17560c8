package dev.sagedeck.app;

import dev.sagedeck.app.keys.Action;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.app.keys.Key;
import dev.sagedeck.app.keys.TextField;
import dev.sagedeck.app.wizard.WizardChoices;
import dev.sagedeck.app.wizard.WizardField;
import dev.sagedeck.app.wizard.WizardPrefill;
import dev.sagedeck.app.wizard.WizardSpec;
import dev.sagedeck.app.wizard.WizardState;
import dev.sagedeck.app.wizard.WizardStep;
import dev.sagedeck.app.wizard.WizardSteps;
import dev.sagedeck.app.wizard.WizardText;
import dev.sagedeck.app.wizard.WizardValidation;
import dev.sagedeck.domain.LaunchSpec;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keys in the launch wizard. Navigation keys come from the key map (view WIZARD); any other
 * printable key edits the focused field: text fields take characters, choice fields take Space
 * or the first letter of a choice. Nothing is launched before Enter on the review.
 */
public final class WizardUpdate {
    private WizardUpdate() {}

    /** Opens the wizard on {@code step} with these values. */
    public static AppState open(AppState s, Map<WizardField, String> values, WizardState.Origin origin, WizardStep step) {
        Map<WizardField, String> errors = WizardValidation.errors(values, s.session().awsProblem());
        List<WizardField> fields = WizardSteps.fields(step, values);
        WizardState w = new WizardState(step, fields.isEmpty() ? null : fields.get(0), values, errors, origin, null, false, 0);
        return s.withWizard(w).withView(View.WIZARD);
    }

    public static Next key(AppState s, Key key) {
        // a path field that got the focus, or whose directory changed, is listed now for its Tab
        return WizardPaths.listFocused(apply(s, key));
    }

    private static Next apply(AppState s, Key key) {
        WizardState w = s.wizard();
        if (w.browser() != null) {
            return S3BrowseUpdate.key(s, w, key);
        }
        if (w.submitting()) {
            return Next.of(s.withFlash(WizardText.SUBMITTING)); // the launch is on its way: nothing to change any more
        }
        if (w.focus() != null && w.focus().kind() == WizardField.Kind.TEXT) {
            // the one text-field rule: every printable key (? and q included) and the editing keys
            // (arrows, Backspace, C-w ...); typing into an untouched pre-filled value replaces it
            Optional<TextField> edited = w.editor().edit(key);
            if (edited.isPresent()) {
                return Next.of(typed(s, w, edited.get()));
            }
        }
        Optional<Action> action = s.session().keymap().actionFor(key, View.WIZARD);
        if (action.isPresent()) {
            return act(s, w, action.get());
        }
        if (key.isChar() && w.focus() != null) {
            return Next.of(edit(s, w, key.ch()));
        }
        return Next.of(s);
    }

    private static Next act(AppState s, WizardState w, Action action) {
        List<WizardField> fields = WizardSteps.fields(w.step(), w.values());
        int i = w.focus() == null ? -1 : fields.indexOf(w.focus());
        switch (action) {
            case NEXT_FIELD:
                if (fields.isEmpty()) {
                    return Next.of(s.withWizard(w.withScroll(w.scroll() + 1)));
                }
                return Next.of(s.withWizard(w.withFocus(fields.get(Math.min(fields.size() - 1, i + 1)))));
            case COMPLETE_PATH:
                return WizardPaths.tab(s, w).orElseGet(() -> act(s, w, Action.NEXT_FIELD));
            case PREV_FIELD:
                if (fields.isEmpty()) {
                    return Next.of(s.withWizard(w.withScroll(w.scroll() - 1)));
                }
                return Next.of(s.withWizard(w.withFocus(fields.get(Math.max(0, i - 1)))));
            case PAGE_DOWN:
                return Next.of(s.withWizard(w.withScroll(w.scroll() + reviewPage(s))));
            case PAGE_UP:
                return Next.of(s.withWizard(w.withScroll(w.scroll() - reviewPage(s))));
            case CHOICE_NEXT:
            case CHOICE_PREV:
                if (w.focus() == null || w.focus().kind() != WizardField.Kind.CHOICE) {
                    return Next.of(s);
                }
                int step = action == Action.CHOICE_NEXT ? 1 : -1;
                return Next.of(set(s, w, w.focus(), WizardChoices.cycle(w.focus(), w.values(), step, s.session().frameworks())));
            case NEXT_STEP:
                return w.step() == WizardStep.REVIEW ? WizardSubmit.submit(s, w) : forward(s, w);
            case BACK:
                return Next.of(back(s, w));
            case HELP:
                return Next.of(s.withView(View.HELP));
            case BROWSE_S3:
                return S3BrowseUpdate.open(s, w);
            default:
                return Next.of(s);
        }
    }

    /** The focused text field after a key: its value, re-validated, and its editor (cursor, selection). */
    static AppState typed(AppState s, WizardState w, TextField f) {
        AppState n = set(s, w, w.focus(), f.text());
        return n.withWizard(n.wizard().withField(f));
    }

    /** A printable key in a choice field: Space or a first letter picks. */
    private static AppState edit(AppState s, WizardState w, char c) {
        WizardField f = w.focus();
        if (c == ' ') {
            return set(s, w, f, WizardChoices.cycle(f, w.values(), 1, s.session().frameworks()));
        }
        for (String option : WizardChoices.options(f, w.values(), s.session().frameworks())) {
            if (Character.toLowerCase(option.charAt(0)) == Character.toLowerCase(c) && !option.equals(w.value(f))) {
                return set(s, w, f, option);
            }
        }
        return s;
    }

    /** Sets a field and re-validates everything the chosen path shows (as you type). */
    static AppState set(AppState s, WizardState w, WizardField f, String text) {
        Map<WizardField, String> v = new EnumMap<>(WizardField.class);
        v.putAll(w.values());
        v.put(f, text);
        if (f == WizardField.START_FROM) {
            v = new EnumMap<>(WizardPrefill.startFrom(text, s.session().wizardLast(), s.session().defaultRole(), w.values()));
        }
        if (f == WizardField.FRAMEWORK || f == WizardField.MODE) {
            // another framework's versions are another thing (TensorFlow has a 2.8.0 too): take the new one's default
            List<String> versions = WizardChoices.imageVersions(v, s.session().frameworks());
            boolean otherFramework = f == WizardField.FRAMEWORK && !text.equals(w.value(WizardField.FRAMEWORK));
            if (otherFramework || !versions.contains(v.get(WizardField.IMAGE_VERSION))) {
                v.put(WizardField.IMAGE_VERSION, versions.get(0));
            }
        }
        if (f == WizardField.FRAMEWORK || f == WizardField.MODE || f == WizardField.IMAGE_VERSION) {
            WizardChoices.keepFrameworkChoices(v, s.session().frameworks());
        }
        dev.sagedeck.app.wizard.WizardTune.keepChoices(v, f);
        return s.withWizard(w.withValues(v, WizardValidation.errors(v, s.session().awsProblem())));
    }

    /** Enter: on to the next step if this one has no problem, else focus the first problem and say it. */
    private static Next forward(AppState s, WizardState w) {
        List<WizardField> fields = WizardSteps.fields(w.step(), w.values());
        for (WizardField f : fields) {
            String problem = w.errors().get(f);
            if (problem != null) {
                return Next.of(s.withWizard(w.withFocus(f)).withFlash(WizardText.FIX_FIRST.formatted(problem)));
            }
        }
        List<WizardStep> steps = WizardSteps.steps(w.values());
        WizardStep next = steps.get(Math.min(steps.size() - 1, steps.indexOf(w.step()) + 1));
        if (next == WizardStep.REVIEW) {
            // the review is for a run that can be submitted: a problem left on an earlier step is shown there
            for (WizardStep st : steps) {
                for (WizardField f : WizardSteps.fields(st, w.values())) {
                    String problem = w.errors().get(f);
                    if (problem != null) {
                        return Next.of(s.withWizard(w.withStep(st, f)).withFlash(WizardText.FIX_FIRST.formatted(problem)));
                    }
                }
            }
        }
        return enter(s, w, next);
    }

    /** Shows a step; the review asks for its plan (dry run and checks) unless it has one for this very spec. */
    static Next enter(AppState s, WizardState w, WizardStep step) {
        List<WizardField> fields = WizardSteps.fields(step, w.values());
        WizardState moved = w.withStep(step, fields.isEmpty() ? null : fields.get(0));
        if (step != WizardStep.REVIEW) {
            return Next.of(s.withWizard(moved));
        }
        if (dev.sagedeck.app.wizard.WizardTune.on(w.values())) {
            return WizardTuneUpdate.review(s, moved);
        }
        LaunchSpec spec = WizardSpec.of(w, s.session().ownership());
        if (w.plan() != null && w.plan().tuning() == null && w.plan().spec().equals(spec)) {
            return Next.of(s.withWizard(moved));
        }
        AppState n = s.withWizard(moved.withPlan(WizardState.Plan.pending(spec)));
        if (n.busy(Effect.PlanLaunch.KEY)) {
            return Next.of(n); // the answer for the older spec is dropped on arrival and asked again
        }
        return Next.of(n.started(Effect.PlanLaunch.KEY), new Effect.PlanLaunch(spec));
    }

    /** Esc: the previous step, keeping every value; on the first step, close without launching. */
    private static AppState back(AppState s, WizardState w) {
        List<WizardStep> steps = WizardSteps.steps(w.values());
        int i = steps.indexOf(w.step());
        if (i <= 0) {
            return s.withWizard(null).withView(s.job() != null ? View.JOB : View.LIST).withFlash(WizardText.CANCELLED);
        }
        WizardStep prev = steps.get(i - 1);
        List<WizardField> fields = WizardSteps.fields(prev, w.values());
        return s.withWizard(w.withStep(prev, fields.isEmpty() ? null : fields.get(0)));
    }

    /**
     * A page of the review: the rows it shows (the screen less header, status, key bar, border,
     * steps, the "more below" note and Submit), less one kept for context, so no line is skipped.
     */
    /** PageDown's step on the review: the rows its painter shows above a Submit line wrapped to two. */
    private static int reviewPage(AppState s) {
        Layout layout = Layout.of(s.columns(), s.rows());
        return Math.max(1, Layout.wizardBody(layout.whole()).height() - 4);
    }
}
