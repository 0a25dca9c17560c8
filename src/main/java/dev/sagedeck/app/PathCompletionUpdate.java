package dev.sagedeck.app;

import dev.sagedeck.app.compare.TestEvaluation;
import java.util.List;

/**
 * Tab in a typed path (the comparison's test file): asks the runtime to list the directory (an
 * effect: disk I/O never runs on the UI thread) and applies the answer only if the field still holds
 * what was typed (keys typed meanwhile win). Several matches are named in the prompt line. The
 * wizard completes from a listing asked ahead instead ({@link dev.sagedeck.app.wizard.WizardPaths}).
 */
public final class PathCompletionUpdate {
    /** The comparison's test file prompt. */
    public static final String COMPARE_TEST = "compare-test";

    private PathCompletionUpdate() {}

    /** Asks for a completion of {@code typed} in {@code target} (one at a time per field). */
    public static Next request(AppState s, String target, String typed) {
        Effect.CompletePath e = new Effect.CompletePath(target, typed);
        if (s.busy(e.key())) {
            return Next.of(s);
        }
        return Next.of(s.started(e.key()), e);
    }

    static Next completed(AppState s, Msg.PathCompleted m) {
        AppState n = s.finished(new Effect.CompletePath(m.target(), m.typed()).key());
        if (m.target().equals(COMPARE_TEST)) {
            TestEvaluation t = n.compare().test();
            if (!t.editing() || !t.prompt().equals(m.typed())) {
                return Next.of(n); // typed on meanwhile, or the prompt closed: the answer is stale
            }
            n = n.withCompare(n.compare().withTest(t.withPromptField(t.promptField().withText(m.completed()))));
            return Next.of(said(n, m.typed(), m.completed(), m.candidates()));
        }
        return Next.of(n);
    }

    /**
     * What Tab says when it added nothing: no match, or several (named in the status line, as a
     * shell's second Tab would); {@code s} unchanged otherwise. Shared by every path field.
     */
    public static AppState said(AppState s, String typed, String completed, List<String> candidates) {
        if (candidates.isEmpty()) {
            return s.withFlash(Text.NO_PATH_MATCH.formatted(InertText.of(typed.substring(typed.lastIndexOf('/') + 1))));
        }
        if (candidates.size() > 1 && completed.equals(typed)) {
            List<String> shown = candidates.subList(0, Math.min(8, candidates.size()));
            String more = candidates.size() > shown.size() ? " ..." : "";
            return s.withFlash(Text.PATH_MATCHES.formatted(candidates.size(), InertText.of(String.join("  ", shown)) + more));
        }
        return s;
    }
}
