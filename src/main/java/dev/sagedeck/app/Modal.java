package dev.sagedeck.app;

import dev.sagedeck.domain.TrainingJob;

/** A dialog over the current view; while one is open it receives every key. */
public sealed interface Modal {

    /**
     * The stop confirmation: the user must type the last 4 characters of the name, then Enter on
     * Stop. Tab moves the focus between Stop and Cancel; {@code error} says why the last Enter did
     * not stop (the dialog stays open).
     */
    record ConfirmStop(TrainingJob job, String typed, boolean cancelFocused, String error) implements Modal {
        public ConfirmStop(TrainingJob job, String typed) {
            this(job, typed, false, null);
        }

        public String expected() {
            return StopPolicy.confirmation(job.name());
        }

        public ConfirmStop typing(String t) {
            return new ConfirmStop(job, t, cancelFocused, null);
        }

        public ConfirmStop toggleFocus() {
            return new ConfirmStop(job, typed, !cancelFocused, error);
        }

        public ConfirmStop withError(String e) {
            return new ConfirmStop(job, typed, cancelFocused, e);
        }
    }

    /** A message with a title; any of Enter/Esc closes it. */
    record Message(String title, String text) implements Modal {}

    /** The recent signals, newest first, with one selected; Enter opens its job. */
    record Signals(int selected) implements Modal {}

    /** First run: ask for the owner name once and save it. */
    record AskOwner(String typed) implements Modal {}
}
