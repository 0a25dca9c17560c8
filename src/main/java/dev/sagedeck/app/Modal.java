package dev.sagedeck.app;

import dev.sagedeck.domain.TrainingJob;

/** A dialog over the current view; while one is open it receives every key. */
public sealed interface Modal {

    /** The stop confirmation: the user must type the last 4 characters of the name, then Enter. */
    record ConfirmStop(TrainingJob job, String typed) implements Modal {
        public String expected() {
            String n = job.name();
            return n.substring(Math.max(0, n.length() - 4));
        }
    }

    /** A message with a title; any of Enter/Esc closes it. */
    record Message(String title, String text) implements Modal {}

    /** First run: ask for the owner name once and save it. */
    record AskOwner(String typed) implements Modal {}
}
