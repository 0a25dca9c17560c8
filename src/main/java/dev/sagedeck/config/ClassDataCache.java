package dev.sagedeck.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the class-data archive cache ({@code <cache>/cds}) to archives a jar can still use. Archives
 * are named {@code sagedeck-<id>-<kind>-<jar size.time>.<java size.time>.<size>.jsa}, where the id
 * stands for a jar path and a java path that {@code sagedeck-<id>.paths} names (dist/sagedeck and
 * local/ClassDataArchive write it beside each new archive). Each build of each checkout, release
 * directory or test jar made archives of its own, and nothing removed them once their jar was gone.
 *
 * <p>Removed: archives whose jar or java no longer exists, or was rebuilt or updated (its size or time
 * differs from the name's); archives not used (read or written) for {@value #UNUSED_DAYS} days;
 * archives without a {@code .paths} file (written before there was one) once unused for
 * {@value #UNKNOWN_UNUSED_DAYS} days; half-written {@code .tmp} files after ten minutes; {@code .paths}
 * files with no archive left. Runs when a new archive is about to be written, which is rare.
 */
public final class ClassDataCache {
    static final int UNUSED_DAYS = 30;
    static final int UNKNOWN_UNUSED_DAYS = 7;
    private static final Duration HALF_WRITTEN = Duration.ofMinutes(10);
    private static final Pattern ARCHIVE = Pattern.compile("sagedeck-([0-9a-f]+)-([a-z]+)-(.+)\\.jsa");
    private static final Pattern PATHS = Pattern.compile("sagedeck-([0-9a-f]+)\\.paths");

    private ClassDataCache() {}

    /** Records which jar and java the archives named with {@code id} are for (written whole or not at all). */
    public static void recordPaths(Path cds, String id, String jar, String java) throws IOException {
        Path tmp = Files.createTempFile(cds, "sagedeck-" + id + ".", ".paths.tmp");
        try {
            Files.writeString(tmp, jar + "\n" + java + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, cds.resolve("sagedeck-" + id + ".paths"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Removes what no jar can use any more (see the class comment); returns the files removed. Never throws. */
    public static List<Path> prune(Path cds, Instant now) {
        List<Path> removed = new ArrayList<>();
        Map<String, List<String>> pathsById = new HashMap<>();
        List<Path> archives = new ArrayList<>();
        List<Path> pathFiles = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(cds, "sagedeck-*")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.endsWith(".tmp")) {
                    if (olderThan(f, now, HALF_WRITTEN)) delete(f, removed);
                } else if (name.endsWith(".jsa")) {
                    archives.add(f);
                } else if (PATHS.matcher(name).matches()) {
                    pathFiles.add(f);
                }
            }
            for (Path f : pathFiles) {
                Matcher m = PATHS.matcher(f.getFileName().toString());
                if (m.matches()) pathsById.put(m.group(1), readPaths(f));
            }
        } catch (IOException | RuntimeException e) {
            return removed; // a cache we cannot list is left alone
        }
        Set<String> idsKept = new HashSet<>();
        for (Path archive : archives) {
            Matcher m = ARCHIVE.matcher(archive.getFileName().toString());
            String id = m.matches() ? m.group(1) : null;
            if (id != null && keep(archive, m.group(3), pathsById.get(id), now)) {
                idsKept.add(id);
            } else {
                delete(archive, removed);
            }
        }
        for (Path f : pathFiles) {
            Matcher m = PATHS.matcher(f.getFileName().toString());
            if (m.matches() && !idsKept.contains(m.group(1)) && olderThan(f, now, HALF_WRITTEN)) delete(f, removed);
        }
        return removed;
    }

    private static boolean keep(Path archive, String stampAndSize, List<String> paths, Instant now) {
        if (paths == null) return !unusedFor(archive, now, Duration.ofDays(UNKNOWN_UNUSED_DAYS));
        try {
            String stamp = stamp(Path.of(paths.get(0))) + "." + stamp(Path.of(paths.get(1))) + ".";
            return stampAndSize.startsWith(stamp) && !unusedFor(archive, now, Duration.ofDays(UNUSED_DAYS));
        } catch (IOException | RuntimeException e) {
            return false; // the jar or java is gone (or unreadable): nothing can use this archive
        }
    }

    /** The jar's or java's part of an archive's name: size and modification time in seconds, as dist/sagedeck's stat -L -c %s.%Y. */
    public static String stamp(Path file) throws IOException {
        return Files.size(file) + "." + Math.floorDiv(Files.getLastModifiedTime(file).toMillis(), 1000);
    }

    private static List<String> readPaths(Path f) {
        try {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            return lines.size() >= 2 && !lines.get(0).isEmpty() && !lines.get(1).isEmpty() ? lines : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Neither read (mapped by a JVM; the access time, where the file system keeps it) nor written for {@code age}. */
    private static boolean unusedFor(Path f, Instant now, Duration age) {
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            Instant lastUse = a.lastAccessTime().toInstant().isAfter(a.lastModifiedTime().toInstant())
                    ? a.lastAccessTime().toInstant() : a.lastModifiedTime().toInstant();
            return lastUse.isBefore(now.minus(age));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean olderThan(Path f, Instant now, Duration age) {
        try {
            return Files.getLastModifiedTime(f).toInstant().isBefore(now.minus(age));
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path f, List<Path> removed) {
        try {
            if (Files.deleteIfExists(f)) removed.add(f);
        } catch (NoSuchFileException e) {
            // another run removed it first
        } catch (IOException e) {
            // left for the next time
        }
    }
}
