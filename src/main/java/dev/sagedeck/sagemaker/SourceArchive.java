package dev.sagedeck.sagemaker;

import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * {@code sourcedir.tar.gz} for script mode, laid out as the SageMaker Python SDK's
 * {@code create_tar_file} does: the source directory's contents at the archive root, and the entry
 * point at the root too (added from its own path when it is not inside the source directory). The
 * container unpacks it into {@code /opt/ml/code} and runs {@code python <entry point>} there.
 */
final class SourceArchive {
    /** Python caches and VCS metadata have no business in a training container. */
    private static final List<String> SKIPPED = List.of("__pycache__", ".git", ".ipynb_checkpoints");

    private SourceArchive() {}

    /** The entry point's file name inside the archive (what {@code sagemaker_program} names). */
    static String program(String entryPoint) {
        return Path.of(entryPoint).getFileName().toString();
    }

    /**
     * Writes the archive to {@code target} and returns the names it holds (for messages and tests).
     *
     * @param sourceDir null to pack the entry point alone
     */
    static List<String> write(Path entryPoint, Path sourceDir, Path target) {
        List<String> names = new ArrayList<>();
        try (OutputStream file = Files.newOutputStream(target);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            if (sourceDir != null) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(sourceDir)) {
                    files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                            .filter(p -> !skipped(sourceDir.relativize(p))).sorted().toList();
                }
                for (Path f : files) {
                    String name = sourceDir.relativize(f).toString().replace('\\', '/');
                    add(tar, f, name);
                    names.add(name);
                }
            }
            String program = entryPoint.getFileName().toString();
            if (!names.contains(program)) {
                add(tar, entryPoint, program);
                names.add(program);
            }
            tar.finish();
        } catch (IOException e) {
            throw new BackendException(Kind.FAILED, "cannot pack the source directory into " + target + ": " + e.getMessage(), e);
        }
        return names;
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            if (SKIPPED.contains(part.toString())) {
                return true;
            }
        }
        return relative.getFileName().toString().endsWith(".pyc");
    }

    private static void add(TarArchiveOutputStream tar, Path file, String name) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(Files.size(file));
        entry.setMode(Files.isExecutable(file) ? 0755 : 0644);
        entry.setModTime(Files.getLastModifiedTime(file));
        tar.putArchiveEntry(entry);
        Files.copy(file, tar);
        tar.closeArchiveEntry();
    }
}
