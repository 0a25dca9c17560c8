package dev.sagedeck.sagemaker;

import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Unpacks a {@code model.tar.gz} from S3 without trusting it: entry names that are absolute, climb
 * out with {@code ..}, or are links (symbolic or hard), devices or FIFOs are refused; the total
 * unpacked size (by the sizes the tar headers declare, before anything is written, and by the bytes
 * actually read) and the number of entries are capped, so a decompression bomb stops early. Files are
 * created new, never replacing or following anything already there. Nothing is left behind when an
 * entry is refused: the files and directories made so far are deleted.
 */
final class ModelArchive {
    /** Built-in XGBoost models are kilobytes to a few hundred MB; anything past this is not a model. */
    static final long DEFAULT_MAX_BYTES = 2L << 30;
    static final int MAX_ENTRIES = 10_000;

    private ModelArchive() {}

    /** Extracts {@code archive} into {@code dir} (meant to be fresh) and returns the files written, relative to it. */
    static List<Path> extract(Path archive, Path dir, long maxBytes) {
        List<Path> written = new ArrayList<>();
        List<Path> made = new ArrayList<>();
        Path root = dir.toAbsolutePath().normalize();
        try (InputStream file = Files.newInputStream(archive);
                TarArchiveInputStream tar = new TarArchiveInputStream(
                        new GzipCompressorInputStream(new BufferedInputStream(file)))) {
            long total = 0;
            int entries = 0;
            for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES) {
                    throw refuse(archive, "it has more than " + MAX_ENTRIES + " entries");
                }
                Path target = safeTarget(archive, root, e);
                if (e.isDirectory()) {
                    makeDirectories(root, target, made);
                    continue;
                }
                if (e.getSize() > maxBytes - total) {
                    throw refuse(archive, "entry '%s' declares %d bytes, more than the %d-byte limit for a model archive"
                            .formatted(e.getName(), e.getSize(), maxBytes));
                }
                makeDirectories(root, target.getParent(), made);
                // CREATE_NEW: never replaces a file and never follows a link that is already there
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS)) {
                    written.add(root.relativize(target));
                    byte[] buf = new byte[1 << 16];
                    for (int n; (n = tar.read(buf)) > 0; ) {
                        total += n;
                        if (total > maxBytes) {
                            throw refuse(archive, "it unpacks to more than " + maxBytes
                                    + " bytes (a decompression bomb, or not a model archive)");
                        }
                        out.write(buf, 0, n);
                    }
                } catch (FileAlreadyExistsException twice) {
                    throw refuse(archive, "entry '" + e.getName() + "' is in it twice");
                }
            }
            return written;
        } catch (BackendException e) {
            cleanUp(root, written, made);
            throw e;
        } catch (IOException e) {
            cleanUp(root, written, made);
            throw new BackendException(Kind.INVALID, archive.getFileName() + " is not a readable .tar.gz: " + e.getMessage(), e);
        }
    }

    private static Path safeTarget(Path archive, Path root, TarArchiveEntry e) {
        String name = e.getName();
        if (e.isSymbolicLink() || e.isLink()) {
            throw refuse(archive, "entry '" + name + "' is a link (to '" + e.getLinkName() + "'); links are not extracted");
        }
        if (e.isCharacterDevice() || e.isBlockDevice() || e.isFIFO()) {
            String kind = e.isFIFO() ? "a FIFO (named pipe)" : e.isBlockDevice() ? "a block device" : "a character device";
            throw refuse(archive, "entry '" + name + "' is " + kind + "; devices and FIFOs are not extracted");
        }
        if (!e.isDirectory() && !e.isFile()) {
            throw refuse(archive, "entry '" + name + "' is not a regular file or directory");
        }
        if (name.startsWith("/") || name.startsWith("\\") || (name.length() > 1 && name.charAt(1) == ':')) {
            throw refuse(archive, "entry '" + name + "' has an absolute path");
        }
        for (String part : name.split("[/\\\\]")) {
            if (part.equals("..")) {
                throw refuse(archive, "entry '" + name + "' climbs out of the target directory with '..'");
            }
        }
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(root) || target.equals(root) && !e.isDirectory()) {
            throw refuse(archive, "entry '" + name + "' would land outside " + root);
        }
        return target;
    }

    /** Creates {@code dir} and its missing parents below {@code root}, remembering each one made. */
    private static void makeDirectories(Path root, Path dir, List<Path> made) throws IOException {
        if (dir.equals(root) || Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        makeDirectories(root, dir.getParent(), made);
        Files.createDirectory(dir);
        made.add(dir);
    }

    private static void cleanUp(Path root, List<Path> written, List<Path> made) {
        for (Path p : written) {
            try {
                Files.deleteIfExists(root.resolve(p));
            } catch (IOException ignored) {
                // best effort: the refusal message is what matters
            }
        }
        for (int i = made.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(made.get(i));
            } catch (IOException ignored) {
                // not empty (someone else's file): leave it
            }
        }
    }

    private static BackendException refuse(Path archive, String why) {
        return new BackendException(Kind.INVALID, "refusing to extract " + archive.getFileName() + ": " + why);
    }
}
