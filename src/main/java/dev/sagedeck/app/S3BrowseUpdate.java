package dev.sagedeck.app;

import dev.sagedeck.app.keys.Action;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.app.keys.Key;
import dev.sagedeck.app.wizard.S3Browser;
import dev.sagedeck.app.wizard.S3Uris;
import dev.sagedeck.app.wizard.WizardField;
import dev.sagedeck.app.wizard.WizardState;
import dev.sagedeck.app.wizard.WizardText;
import dev.sagedeck.port.ObjectStore.Entry;

/**
 * The S3 browser's reducer: the browse key opens it on the prefix the focused data field holds,
 * Up/Down select, Enter opens a folder or picks a file into the field, Backspace/Left goes up, Esc
 * closes. Listings are effects; one is in flight at a time and a stale answer is dropped.
 */
public final class S3BrowseUpdate {
    private static final String BUSY = Effect.ListObjects.KEY;

    private S3BrowseUpdate() {}

    /** The browse key: opens the browser, or says in the flash line why it cannot. */
    public static Next open(AppState s, WizardState w) {
        String key = browseKey(s);
        if (w.focus() != WizardField.TRAIN && w.focus() != WizardField.TEST) {
            return Next.of(s.withFlash(WizardText.BROWSE_FIELD_ONLY.formatted(key)));
        }
        String aws = s.session().awsProblem();
        if (aws != null) {
            return Next.of(s.withFlash(WizardText.BROWSE_NO_AWS.formatted(aws)));
        }
        String text = w.value(w.focus());
        if (!S3Uris.isS3(text)) {
            return Next.of(s.withFlash(WizardText.BROWSE_NEEDS_S3.formatted(key)));
        }
        var problem = S3Uris.problem(w.focus().label(), text);
        if (problem.isPresent()) {
            return Next.of(s.withFlash(problem.get()));
        }
        return go(s, w, S3Browser.loading(w.focus(), S3Uris.folderOf(text)));
    }

    /** A key while the browser is open: it takes every key, so nothing reaches the fields behind it. */
    public static Next key(AppState s, WizardState w, Key key) {
        S3Browser b = w.browser();
        if (key.equals(Key.ESC)) {
            return Next.of(s.withWizard(w.withBrowser(null)));
        }
        if (key.equals(Key.UP) || key.equals(Key.of('k'))) {
            return Next.of(s.withWizard(w.withBrowser(b.select(b.selected() - 1))));
        }
        if (key.equals(Key.DOWN) || key.equals(Key.of('j'))) {
            return Next.of(s.withWizard(w.withBrowser(b.select(b.selected() + 1))));
        }
        if (key.equals(Key.PAGE_UP) || key.equals(Key.HOME)) {
            return Next.of(s.withWizard(w.withBrowser(b.select(key.equals(Key.HOME) ? 0 : b.selected() - 10))));
        }
        if (key.equals(Key.PAGE_DOWN) || key.equals(Key.END)) {
            return Next.of(s.withWizard(w.withBrowser(b.select(key.equals(Key.END) ? Integer.MAX_VALUE : b.selected() + 10))));
        }
        if (key.equals(Key.BACKSPACE) || key.equals(Key.LEFT)) {
            return S3Uris.isBucketRoot(b.prefix()) ? Next.of(s) : go(s, w, S3Browser.loading(b.field(), S3Uris.parentPrefix(b.prefix())));
        }
        if (key.equals(Key.ENTER) && !b.loading() && !b.rows().isEmpty()) {
            Entry e = b.rows().get(b.selected());
            if (e.folder()) {
                return go(s, w, S3Browser.loading(b.field(), e.uri()));
            }
            AppState set = WizardUpdate.set(s, w.withBrowser(null), b.field(), e.uri());
            return Next.of(set.withFlash(WizardText.PICKED.formatted(b.field().label(), e.uri())));
        }
        return Next.of(s);
    }

    /** A listing arrived: shown if it is for the prefix on screen; a stale one makes way for the current one. */
    public static Next listed(AppState s, Msg.ObjectsListed m) {
        return arrived(s.finished(BUSY), m.prefix(), b -> b.listed(m.listing().entries(), m.listing().truncated()));
    }

    public static Next failed(AppState s, Msg.ObjectListFailed m) {
        return arrived(s.finished(BUSY), m.prefix(), b -> b.failed(m.message()));
    }

    private static Next arrived(AppState s, String prefix, java.util.function.UnaryOperator<S3Browser> apply) {
        WizardState w = s.wizard();
        if (w == null || w.browser() == null) {
            return Next.of(s); // closed meanwhile
        }
        if (!w.browser().prefix().equals(prefix)) {
            return go(s, w, w.browser()); // the user moved on while this was listed: ask for where they are
        }
        return Next.of(s.withWizard(w.withBrowser(apply.apply(w.browser()))));
    }

    private static Next go(AppState s, WizardState w, S3Browser b) {
        AppState n = s.withWizard(w.withBrowser(b));
        if (n.busy(BUSY)) {
            return Next.of(n); // asked again when the listing in flight arrives
        }
        return Next.of(n.started(BUSY), new Effect.ListObjects(b.prefix()));
    }

    /** How the browse key is written in messages ("C-b"), from the key map so a remap shows. */
    public static String browseKey(AppState s) {
        return s.session().keymap().keyFor(Action.BROWSE_S3, View.WIZARD).map(k -> k.code().replaceAll("^<(.*)>$", "$1")).orElse("-");
    }
}
