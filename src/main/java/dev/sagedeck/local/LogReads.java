package dev.sagedeck.local;

import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.LogLine;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A job's log through the port: {@link LogCursor#START} gives the last lines, the returned token
 * (a byte offset into job.log) gives only what was written since. The chunk is complete once the
 * job has ended and everything up to the end of the file was returned. Lines carry the file's
 * modification time (local logs have no per-line time) and source "local".
 */
final class LogReads {
    private LogReads() {}

    static LogChunk read(JobRecord r, JobDir dir, LogCursor cursor, int startLines) {
        // Read the status before the file: a job that was over before we read has written its last line.
        boolean over = LocalTrainingJobs.over(r);
        try {
            LogFile.Read read = cursor.isStart()
                    ? LogFile.tail(dir.log(), startLines, over)
                    : LogFile.from(dir.log(), offset(cursor, r.name), over);
            Instant time = Files.exists(dir.log()) ? Files.getLastModifiedTime(dir.log()).toInstant() : r.created;
            List<LogLine> lines = new ArrayList<>(read.lines().size());
            for (String text : read.lines()) {
                lines.add(new LogLine(time, LocalTrainingJobs.LOG_SOURCE, text));
            }
            List<String> notes = read.earlierOmitted()
                    ? List.of("earlier lines not shown; the whole log is " + dir.log())
                    : List.of();
            boolean complete = over && read.next() >= read.size();
            return new LogChunk(lines, new LogCursor(Long.toString(read.next())), complete, notes);
        } catch (IllegalArgumentException e) {
            throw new BackendException(Kind.INVALID, e.getMessage(), e);
        } catch (IOException e) {
            throw new BackendException(Kind.FAILED, "cannot read the log of %s: %s".formatted(r.name, e.getMessage()), e);
        }
    }

    private static long offset(LogCursor cursor, String name) {
        try {
            long offset = Long.parseLong(cursor.token());
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BackendException(Kind.INVALID, "'%s' is not a log position of the local job %s".formatted(cursor.token(), name));
    }
}
