package dev.sagedeck.app;

import dev.sagedeck.app.keys.TextField;
import dev.sagedeck.domain.TrainingJob;

/** A dialog over the current view; while one is open it receives every key. */
public sealed interface Modal {

    /**
     * The stop confirmation: the user must type the last 4 characters of the name, then Enter on
     * Stop. Tab moves the focus between Stop and Cancel; {@code error} says why the last Enter did
     * not stop (the dialog stays open).
     */
    record ConfirmStop(TrainingJob job, TextField field, boolean cancelFocused, String error) implements Modal {
        public ConfirmStop(TrainingJob job, String typed) {
            this(job, TextField.of(typed).limitedTo(StopPolicy.CONFIRM_CHARS), false, null);
        }

        /** What has been typed so far. */
        public String typed() {
            return field.text();
        }

        public String expected() {
            return StopPolicy.confirmation(job.name());
        }

        public ConfirmStop typing(TextField f) {
            return new ConfirmStop(job, f, cancelFocused, null);
        }

        public ConfirmStop toggleFocus() {
            return new ConfirmStop(job, field, !cancelFocused, error);
        }

        public ConfirmStop withError(String e) {
            return new ConfirmStop(job, field, cancelFocused, e);
        }
    }

    /** A message with a title; any of Enter/Esc closes it. */
    record Message(String title, String text) implements Modal {}

    /** The recent signals, newest first, with one selected; Enter opens its job. */
    record Signals(int selected) implements Modal {}

    /** First run: ask for the owner name once and save it; Tab moves the focus between Save and Skip. */
    record AskOwner(TextField field, boolean skipFocused) implements Modal {
        public AskOwner(String typed) {
            this(TextField.of(typed), false);
        }

        /** What has been typed so far. */
        public String typed() {
            return field.text();
        }
    }
}
