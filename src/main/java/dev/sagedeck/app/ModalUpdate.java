package dev.sagedeck.app;

import dev.sagedeck.app.keys.Key;
import dev.sagedeck.domain.Ownership;

/** Keys while a dialog is open: it takes every key, including q. */
final class ModalUpdate {
    private ModalUpdate() {}

    static Next key(AppState s, Key key) {
        Modal m = s.modal();
        if (m instanceof Modal.ConfirmStop c) {
            return StopUpdate.confirmKey(s, c, key);
        }
        if (m instanceof Modal.Message) {
            if (key.equals(Key.ENTER) || key.equals(Key.ESC) || key.equals(Key.of('q'))) {
                return Next.of(s.withModal(null));
            }
            return Next.of(s);
        }
        if (m instanceof Modal.AskOwner a) {
            return askOwner(s, a, key);
        }
        if (m instanceof Modal.Signals l) {
            return SignalUpdate.listKey(s, l, key);
        }
        return Next.of(s);
    }

    private static Next askOwner(AppState s, Modal.AskOwner a, Key key) {
        if (key.equals(Key.ESC) || key.equals(Key.ENTER) && a.skipFocused()) {
            return Next.of(s.withModal(null).withFlash(Text.OWNER_SKIPPED));
        }
        if (key.equals(Key.TAB) || key.equals(new Key("<S-Tab>"))) {
            return Next.of(s.withModal(new Modal.AskOwner(a.field(), !a.skipFocused())));
        }
        if (key.equals(Key.ENTER)) {
            String owner = a.typed().trim();
            if (!owner.matches("[a-zA-Z0-9][a-zA-Z0-9-]{0,31}")) {
                return Next.of(s.withFlash(Text.OWNER_INVALID));
            }
            Ownership current = s.session().ownership();
            Ownership next = current.withOwner(owner);
            AppState n = s.withSession(s.session().withOwnership(next)).withModal(null);
            return Next.of(n.started(Effect.SaveOwner.KEY), new Effect.SaveOwner(owner));
        }
        return a.field().edit(key).map(f -> Next.of(s.withModal(new Modal.AskOwner(f, a.skipFocused())))).orElse(Next.of(s));
    }
}
