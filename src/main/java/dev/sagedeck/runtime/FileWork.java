package dev.sagedeck.runtime;

import java.io.IOException;

/** The effect runner's own file work that may fail: its IOException travels to the runner as the effect's failure. */
@FunctionalInterface
interface FileWork<T> {
    T run() throws IOException;

    static <T> T io(FileWork<T> work) {
        try {
            return work.run();
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    /** An IOException of the runner's own file work (not one escaping an adapter: those stay unexpected). */
    final class Failure extends RuntimeException {
        Failure(IOException cause) {
            super(cause);
        }
    }
}
