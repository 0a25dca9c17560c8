package dev.sagedeck.local;

import java.io.IOException;
import java.nio.file.Files;

/**
 * Whether the file system holding a job directory is (nearly) full, so a run that died of it is
 * recorded with "No space left on device" even when its own output never made it to the log (the
 * log is on the same full disk).
 */
final class DiskSpace {
    /** Below this much usable space a failing run is taken to have failed for want of space. */
    static final long FULL_BELOW = 4L * LocalJobStore.RESERVE_BYTES;

    private DiskSpace() {}

    static boolean full(JobDir dir) {
        try {
            return Files.getFileStore(dir.root()).getUsableSpace() < FULL_BELOW;
        } catch (IOException e) {
            return false;
        }
    }

    /** The reason as it should be recorded: with the cause first when the disk is full. */
    static String explain(JobDir dir, String reason) {
        if (reason.contains(LocalJobStore.NO_SPACE) || !full(dir)) {
            return reason;
        }
        return LocalJobStore.NO_SPACE + ": the file system holding " + dir.root() + " is full; " + reason;
    }
}
