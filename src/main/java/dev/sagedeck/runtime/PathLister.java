package dev.sagedeck.runtime;

import dev.sagedeck.app.Effect;
import dev.sagedeck.app.Msg;
import dev.sagedeck.app.keys.PathCompletion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Lists the directory of a typed path for Tab completion, on the effect runner's pool (a slow disk never stalls the UI). */
final class PathLister {
    /** Enough for any directory a person tabs through; a huge one completes from its first entries. */
    static final int MAX_ENTRIES = 5_000;

    private PathLister() {}

    static Msg complete(Effect.CompletePath e) {
        PathCompletion.Result r = PathCompletion.complete(e.typed(), list(PathCompletion.directoryOf(e.typed())));
        return new Msg.PathCompleted(e.target(), e.typed(), r.completed(), r.candidates());
    }

    /** The names in {@code dir} ("" is the working directory), directories with a trailing {@code /}; none when it cannot be read. */
    static List<String> list(String dir) {
        List<String> names = new ArrayList<>();
        try {
            Path d = Path.of(dir.isEmpty() ? "." : dir);
            if (Files.isDirectory(d)) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(d)) {
                    for (Path p : entries) {
                        if (names.size() >= MAX_ENTRIES) {
                            break;
                        }
                        String n = p.getFileName().toString();
                        names.add(Files.isDirectory(p) ? n + "/" : n);
                    }
                }
            }
        } catch (IOException | UncheckedIOException | InvalidPathException | SecurityException ex) {
            names.clear(); // an unreadable directory completes nothing, as in a shell
        }
        return names;
    }
}
