package dev.sagedeck.cli;

import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Puts a fetched model into the user's directory without losing anything there: the backend fills a
 * fresh temporary directory beside the target, and only when that worked are its files moved in
 * (rename, so each file appears whole). A link anywhere on the way is refused (nothing is written
 * through it), an existing file is replaced only with {@code --force}, and every check happens
 * before the first move, so a refused fetch leaves the target exactly as it was and no directory of ours behind.
 */
final class ModelPlacement {
    private ModelPlacement() {}

    /**
     * @param fetch fills the fresh directory it is given and returns the model file inside it
     * @return the model file in {@code target}
     */
    static Path fetch(Path target, boolean force, UnaryOperator<Path> fetch) {
        Path dir = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(dir)) {
            throw refuse(dir + " is a symbolic link; give the directory itself (sagedeck does not write through links)");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw refuse(dir + " exists and is not a directory");
        }
        List<Path> madeParents = new ArrayList<>();
        Path staging = null;
        boolean placed = false;
        try {
            makeParents(dir.getParent(), madeParents);
            staging = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + ".fetch-");
            Path model = fetch.apply(staging);
            Path relative = staging.relativize(model);
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            } else {
                moveInto(staging, dir, force);
            }
            placed = true;
            return dir.resolve(relative);
        } catch (IOException e) {
            throw new BackendException(Kind.FAILED, "cannot put the model into " + dir + ": " + e.getMessage(), e);
        } finally {
            if (staging != null) {
                deleteTree(staging);
            }
            if (!placed) {
                for (int i = madeParents.size() - 1; i >= 0; i--) {
                    deleteEmpty(madeParents.get(i));
                }
            }
        }
    }

    /** Every check first, then the moves: a refusal changes nothing in {@code dir}. */
    private static void moveInto(Path staging, Path dir, boolean force) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(staging)) {
            files = s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).map(staging::relativize).sorted().toList();
        }
        for (Path rel : files) {
            Path at = dir;
            for (int i = 0; i < rel.getNameCount(); i++) {
                at = at.resolve(rel.getName(i));
                boolean last = i == rel.getNameCount() - 1;
                if (Files.isSymbolicLink(at)) {
                    throw refuse(at + " is a symbolic link; sagedeck does not write through links (nothing in " + dir
                            + " was changed)");
                }
                if (!Files.exists(at, LinkOption.NOFOLLOW_LINKS)) {
                    break;
                }
                if (!last && !Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
                    throw refuse(at + " is in the way: a file where the model needs a directory (nothing in " + dir
                            + " was changed)");
                }
                if (last && !Files.isRegularFile(at, LinkOption.NOFOLLOW_LINKS)) {
                    throw refuse(at + " exists and is not a regular file (nothing in " + dir + " was changed)");
                }
                if (last && !force) {
                    throw refuse(at + " already exists; pass --force to replace it (nothing in " + dir + " was changed)");
                }
            }
        }
        for (Path rel : files) {
            Path to = dir.resolve(rel.toString());
            Files.createDirectories(to.getParent()); // no link on the way: checked above
            // rename(2) replaces the directory entry; it never writes through what was there
            Files.move(staging.resolve(rel.toString()), to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void makeParents(Path dir, List<Path> made) throws IOException {
        if (dir == null || Files.isDirectory(dir)) {
            return;
        }
        makeParents(dir.getParent(), made);
        Files.createDirectory(dir);
        made.add(dir);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a leftover .<dir>.fetch-* directory is ours alone and holds nothing the user had
        }
    }

    private static void deleteEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // not empty any more: someone else's now
        }
    }

    private static BackendException refuse(String why) {
        return new BackendException(Kind.CONFLICT, "fetch-model refused: " + why);
    }
}
