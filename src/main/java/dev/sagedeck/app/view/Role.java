package dev.sagedeck.app.view;

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
    PLOT_VALIDATION
}
