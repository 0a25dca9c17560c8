package dev.sagedeck.port;

/**
 * Progress of an upload or download, for a progress bar: called with the bytes done so far and the
 * total (-1 when unknown), at least once at the start and once at the end of each transfer.
 */
@FunctionalInterface
public interface TransferProgress {
    /** Reports nothing. */
    TransferProgress NONE = (label, done, total) -> { };

    /** @param label what is moving, e.g. {@code train.csv -> s3://bucket/key} */
    void update(String label, long done, long total);
}
