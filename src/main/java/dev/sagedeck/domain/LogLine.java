package dev.sagedeck.domain;

import java.time.Instant;

/** One line of a job's log: when it was written, which instance wrote it, and its text. */
public record LogLine(Instant time, String source, String text) {
    /** How CloudWatch spells the container's TAB ({@code [3]#011train-logloss:0.4}). */
    public static final String CLOUDWATCH_TAB = "#011";

    /** The text with CloudWatch's {@code #011} shown as the tab it stands for: XGBoost round lines read as columns. */
    public String readableText() {
        return text.replace(CLOUDWATCH_TAB, "\t");
    }
}
