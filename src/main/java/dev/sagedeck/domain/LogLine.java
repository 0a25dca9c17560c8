package dev.sagedeck.domain;

import java.time.Instant;

/** One line of a job's log: when it was written, which instance wrote it, and its text. */
public record LogLine(Instant time, String source, String text) {}
