package dev.sagedeck.sagemaker;

import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Unpacks a {@code model.tar.gz} from S3 without trusting it: entry names that are absolute, climb
 * out with {@code ..}, or are links (symbolic or hard) and device files are refused; the total
 * unpacked size and the number of entries are capped, so a decompression bomb stops early. Nothing is
 * left behind when an entry is refused: the files written so far are deleted.
 */
final class ModelArchive {
    /** Built-in XGBoost models are kilobytes to a few hundred MB; anything past this is not a model. */
    static final long DEFAULT_MAX_BYTES = 2L << 30;
    static final int MAX_ENTRIES = 10_000;

    private ModelArchive() {}

    /** Extracts {@code archive} into {@code dir} and returns the files written, relative to it. */
    static List<Path> extract(Path archive, Path dir, long maxBytes) {
        List<Path> written = new ArrayList<>();
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
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
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
                }
            }
            return written;
        } catch (BackendException e) {
            cleanUp(root, written);
            throw e;
        } catch (IOException e) {
            cleanUp(root, written);
            throw new BackendException(Kind.INVALID, archive.getFileName() + " is not a readable .tar.gz: " + e.getMessage(), e);
        }
    }

    private static Path safeTarget(Path archive, Path root, TarArchiveEntry e) {
        String name = e.getName();
        if (e.isSymbolicLink() || e.isLink()) {
            throw refuse(archive, "entry '" + name + "' is a link (to '" + e.getLinkName() + "'); links are not extracted");
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

    private static void cleanUp(Path root, List<Path> written) {
        for (Path p : written) {
            try {
                Files.deleteIfExists(root.resolve(p));
            } catch (IOException ignored) {
                // best effort: the refusal message is what matters
            }
        }
    }

    private static BackendException refuse(Path archive, String why) {
        return new BackendException(Kind.INVALID, "refusing to extract " + archive.getFileName() + ": " + why);
    }
}
