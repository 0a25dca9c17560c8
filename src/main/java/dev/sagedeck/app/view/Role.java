package dev.sagedeck.app.view;

import dev.sagedeck.domain.JobStatus;

/**
 * What a cell means, not how it looks: themes map roles to colours and attributes, so every status
 * stays readable (glyph + word) even in monochrome.
 */
public enum Role {
    NORMAL,
    DIM,
    HEADER,
    BADGE,
    BORDER,
    BORDER_FOCUS,
    TITLE,
    COLUMN_HEADER,
    SELECTED,
    SELECTED_UNFOCUSED,
    OTHERS,
    RUNNING,
    COMPLETED,
    FAILED,
    STOPPING,
    STOPPED,
    WARN,
    ERROR,
    FLASH,
    KEY,
    KEY_LABEL,
    MATCH,
    CURRENT_MATCH,
    NOTE,
    MODAL,
    MODAL_TITLE,
    INPUT,
    BUTTON,
    BUTTON_FOCUS,
    PLOT_TRAIN,
    PLOT_VALIDATION;

    /** The role a job status is drawn in (its glyph and word say the same without colour). */
    public static Role of(JobStatus s) {
        if (JobStatus.IN_PROGRESS.equals(s)) {
            return RUNNING;
        }
        if (JobStatus.COMPLETED.equals(s)) {
            return COMPLETED;
        }
        if (JobStatus.FAILED.equals(s)) {
            return FAILED;
        }
        if (JobStatus.STOPPING.equals(s)) {
            return STOPPING;
        }
        if (JobStatus.STOPPED.equals(s)) {
            return STOPPED;
        }
        return WARN;
    }
}
