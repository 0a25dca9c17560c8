package dev.sagedeck.local;

import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The model of a local job: the file the trainer reported, else the first file in {@code model/}.
 * Fetching copies everything in {@code model/} (the model and its preprocessing metadata belong
 * together) into the destination directory, replacing nothing.
 */
final class ModelCopy {
    private ModelCopy() {}

    static Path copy(JobRecord r, JobDir dir, Path destination) {
        Path main = mainFile(r, dir).orElseThrow(() -> new BackendException(Kind.NOT_FOUND,
                "%s has no model in %s (status %s)".formatted(r.name, dir.model(), r.status)));
        try {
            Files.createDirectories(destination);
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir.model())) {
                // a link the script left in model/ is not followed: only the run's own files are copied
                files = s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList();
            }
            for (Path f : files) {
                Path target = destination.resolve(dir.model().relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, LinkOption.NOFOLLOW_LINKS); // never replaces: the destination is meant to be fresh
            }
            return destination.resolve(dir.model().relativize(main).toString());
        } catch (IOException e) {
            throw new BackendException(Kind.FAILED, "cannot copy the model of %s to %s: %s".formatted(r.name, destination, e.getMessage()), e);
        }
    }

    static Optional<Path> mainFile(JobRecord r, JobDir dir) {
        if (r.modelLocation != null) {
            Path p = Path.of(r.modelLocation);
            if (Files.isRegularFile(p) && p.startsWith(dir.model())) {
                return Optional.of(p);
            }
        }
        if (!Files.isDirectory(dir.model())) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.walk(dir.model())) {
            return s.filter(Files::isRegularFile).min(Comparator.comparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
