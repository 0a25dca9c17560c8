package dev.sagedeck.app;

import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.app.keys.PathCompletion;
import dev.sagedeck.app.keys.TextField;
import dev.sagedeck.app.wizard.WizardField;
import dev.sagedeck.app.wizard.WizardState;
import dev.sagedeck.app.wizard.WizardText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tab completion in the wizard's path fields (training and test file, source dir).
 * The directory is listed ahead, as an effect, when such a field gets the focus or its directory
 * changes; Tab then completes in the reducer from that listing, at once, so no answer arrives
 * behind keys typed after Tab (there is nothing to race).
 */
public final class WizardPaths {
    /** The entry point is not here: it is a file inside the source dir, not a path from where sagedeck runs. */
    private static final Set<WizardField> PATHS = EnumSet.of(WizardField.TRAIN, WizardField.TEST, WizardField.SOURCE_DIR);

    private WizardPaths() {}

    /** A field holding a path on this machine (an {@code s3://} URI has the browser instead). */
    static boolean isLocalPath(WizardField f, String value) {
        return f != null && PATHS.contains(f) && !value.contains("://");
    }

    /** After a wizard key: the focused path field's directory is listed if its listing is not there or on its way. */
    static Next listFocused(Next next) {
        AppState s = next.state();
        WizardState w = s.wizard();
        if (w == null || s.view() != View.WIZARD || w.browser() != null || w.focus() == null || !isLocalPath(w.focus(), w.value(w.focus()))) {
            return next;
        }
        String dir = PathCompletion.directoryOf(w.value(w.focus()));
        Effect.ListDirectory e = new Effect.ListDirectory(dir);
        if ((w.listing() != null && w.listing().dir().equals(dir)) || s.busy(e)) {
            return next;
        }
        List<Effect> effects = new ArrayList<>(next.effects());
        effects.add(e);
        return new Next(s.started(e), effects);
    }

    /** A listing arrived: kept if it is the focused path field's directory now, else dropped (another is on its way). */
    public static AppState listed(AppState s, Msg.DirectoryListed m) {
        AppState n = s.finished(new Effect.ListDirectory(m.dir()).key());
        WizardState w = n.wizard();
        if (w == null || w.focus() == null || !isLocalPath(w.focus(), w.value(w.focus()))
                || !PathCompletion.directoryOf(w.value(w.focus())).equals(m.dir())) {
            return n;
        }
        return n.withWizard(w.withListing(new PathCompletion.Listing(m.dir(), m.names())));
    }

    /**
     * Tab in the focused field: the typed path completed from the listing, or what Tab says when it
     * adds nothing (several matches are named, none says so); empty when there is nothing to complete
     * (not a path, an untouched pre-filled value, nothing typed, or a path already complete): then Tab
     * is "next field".
     */
    static Optional<Next> tab(AppState s, WizardState w) {
        TextField ed = w.editor();
        String typed = ed.text();
        if (!isLocalPath(w.focus(), typed) || ed.selected() || typed.isEmpty()) {
            return Optional.empty();
        }
        String dir = PathCompletion.directoryOf(typed);
        if (w.listing() == null || !w.listing().dir().equals(dir)) {
            // the listing asked when the field got the focus or its directory changed is still on its way
            return Optional.of(Next.of(s.withFlash(WizardText.LISTING.formatted(dir.isEmpty() ? "./" : dir))));
        }
        PathCompletion.Result r = PathCompletion.complete(typed, w.listing().names());
        if (!r.completed().equals(typed)) {
            // a completed directory is listed at once, so the next Tab goes on into it
            return Optional.of(listFocused(Next.of(WizardUpdate.typed(s, w, ed.withText(r.completed())))));
        }
        if (r.candidates().size() == 1) {
            return Optional.empty();
        }
        return Optional.of(Next.of(PathCompletionUpdate.said(s, typed, r.completed(), r.candidates())));
    }
}
