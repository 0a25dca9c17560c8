package dev.sagedeck.app.view;

import dev.sagedeck.app.AppState;
import dev.sagedeck.domain.TrainingJob;
import java.util.function.BiFunction;

/**
 * One column of the job list as data: its header, its width, how long it stays when the terminal
 * is narrow (priority 0 stays longest), and the cell it shows for a job.
 */
record ListColumn(String header, int width, int priority, BiFunction<TrainingJob, AppState, Cell> value) {

    /** A cell's text and role (the status is coloured, the rest reads as the row does). */
    record Cell(String text, Role role) {
        static Cell plain(String text) {
            return new Cell(text, null);
        }
    }
}
