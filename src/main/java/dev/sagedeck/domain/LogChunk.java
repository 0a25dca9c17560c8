package dev.sagedeck.domain;

import java.util.List;

/**
 * The lines read from one log poll, the cursor for the next poll, whether the log is complete
 * (the job ended and every stream drained), and notes for the reader such as "new instance stream
 * discovered" or "earlier lines not shown".
 */
public record LogChunk(List<LogLine> lines, LogCursor next, boolean complete, List<String> notes) {
    public LogChunk {
        lines = List.copyOf(lines);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
