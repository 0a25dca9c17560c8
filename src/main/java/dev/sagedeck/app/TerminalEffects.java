package dev.sagedeck.app;

/**
 * Effects the UI thread writes to the terminal itself (OSC 52, the bell, OSC 9/777). Each keeps its
 * name {@code Effect.X} (see {@link Effect}).
 */
public sealed interface TerminalEffects permits Effect {
    /** Put text on the user's clipboard via the terminal (OSC 52). */
    record CopyToClipboard(String text) implements Effect.Terminal {
        public void accept(Effect.TerminalHandler h) {
            h.copyToClipboard(this);
        }
    }

    /**
     * Tell the user in the terminal: the bell and/or a desktop notification (OSC 9 and OSC 777).
     * Written by the UI thread (like the clipboard), never when there is no terminal.
     */
    record Alert(String title, String body, boolean bell, boolean desktop) implements Effect.Terminal {
        public void accept(Effect.TerminalHandler h) {
            h.alert(this);
        }
    }
}
