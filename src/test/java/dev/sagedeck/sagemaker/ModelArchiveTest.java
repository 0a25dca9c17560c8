package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagedeck.port.BackendException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** model.tar.gz from S3 is untrusted: hostile entries are refused and nothing is left behind. */
class ModelArchiveTest {
    @TempDir
    Path tmp;

    private interface Entries {
        void write(TarArchiveOutputStream tar) throws IOException;
    }

    private Path archive(Entries entries) throws IOException {
        Path file = tmp.resolve("model.tar.gz");
        try (OutputStream out = Files.newOutputStream(file);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            entries.write(tar);
            tar.finish();
        }
        return file;
    }

    private static void file(TarArchiveOutputStream tar, String name, byte[] body) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name, true);
        e.setSize(body.length);
        tar.putArchiveEntry(e);
        tar.write(body);
        tar.closeArchiveEntry();
    }

    private static void link(TarArchiveOutputStream tar, String name, String target, byte type) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name, type, true);
        e.setLinkName(target);
        tar.putArchiveEntry(e);
        tar.closeArchiveEntry();
    }

    private Path out() throws IOException {
        return Files.createDirectories(tmp.resolve("out"));
    }

    private long filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void builtInArchive_unpacksItsModelFile() throws IOException {
        Path a = archive(tar -> file(tar, "xgboost-model", "binf....".getBytes(StandardCharsets.US_ASCII)));
        assertThat(ModelArchive.extract(a, out(), 1 << 20)).containsExactly(Path.of("xgboost-model"));
        assertThat(Files.readString(tmp.resolve("out/xgboost-model"))).isEqualTo("binf....");
    }

    @Test
    void dotDotEntry_isRefusedAndNothingLands() throws IOException {
        Path a = archive(tar -> {
            file(tar, "xgboost-model", new byte[] {1, 2});
            file(tar, "../../evil.sh", "rm -rf ~".getBytes(StandardCharsets.US_ASCII));
        });
        assertThatThrownBy(() -> ModelArchive.extract(a, out(), 1 << 20)).isInstanceOf(BackendException.class)
                .hasMessageContaining("'../../evil.sh' climbs out");
        assertThat(Files.exists(tmp.resolve("evil.sh"))).isFalse();
        assertThat(filesIn(tmp.resolve("out"))).isZero();
    }

    @Test
    void absolutePath_isRefused() throws IOException {
        Path a = archive(tar -> file(tar, "/tmp/sagedeck-owned", new byte[] {1}));
        assertThatThrownBy(() -> ModelArchive.extract(a, out(), 1 << 20)).hasMessageContaining("absolute path");
        assertThat(Files.exists(Path.of("/tmp/sagedeck-owned"))).isFalse();
    }

    @Test
    void symbolicAndHardLinks_areRefused() throws IOException {
        Path sym = archive(tar -> link(tar, "xgboost-model", "/etc/passwd", TarArchiveEntry.LF_SYMLINK));
        assertThatThrownBy(() -> ModelArchive.extract(sym, out(), 1 << 20)).hasMessageContaining("is a link (to '/etc/passwd')");
        Path hard = archive(tar -> link(tar, "xgboost-model", "/etc/shadow", TarArchiveEntry.LF_LINK));
        assertThatThrownBy(() -> ModelArchive.extract(hard, out(), 1 << 20)).hasMessageContaining("is a link");
        assertThat(filesIn(tmp.resolve("out"))).isZero();
    }

    @Test
    void decompressionBomb_stopsAtTheCapAndDeletesWhatItWrote() throws IOException {
        byte[] zeros = new byte[1 << 20];
        Path a = archive(tar -> {
            for (int i = 0; i < 8; i++) {
                file(tar, "part-" + i, zeros); // 8 MB of zeros gzip to a few KB
            }
        });
        assertThat(Files.size(a)).isLessThan(64 * 1024);
        assertThatThrownBy(() -> ModelArchive.extract(a, out(), 3 << 20)).isInstanceOf(BackendException.class)
                .hasMessageContaining("more than the 3145728-byte limit"); // by the sizes the headers declare, before writing
        assertThat(filesIn(tmp.resolve("out"))).isZero();
    }

    /** Rewrites the size field (octal, offset 124) and checksum of the tar header at {@code offset}. */
    static void declareSize(byte[] tar, int offset, long size) {
        byte[] field = String.format("%011o ", size).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(field, 0, tar, offset + 124, 12);
        java.util.Arrays.fill(tar, offset + 148, offset + 156, (byte) ' ');
        long sum = 0;
        for (int i = 0; i < 512; i++) {
            sum += tar[offset + i] & 0xff;
        }
        byte[] check = String.format("%06o", sum).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(check, 0, tar, offset + 148, 6);
        tar[offset + 154] = 0;
    }

    @Test
    void aHeaderDeclaringMoreThanTheCap_isRefusedBeforeTheFileIsCreated() throws IOException {
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(raw)) {
            file(tar, "xgboost-model", "0123456789".getBytes(StandardCharsets.US_ASCII));
            tar.finish();
        }
        byte[] bytes = raw.toByteArray();
        declareSize(bytes, 0, 3 << 20);
        Path a = tmp.resolve("model.tar.gz");
        try (OutputStream gz = new GzipCompressorOutputStream(Files.newOutputStream(a))) {
            gz.write(bytes);
        }
        assertThatThrownBy(() -> ModelArchive.extract(a, out(), 1 << 20))
                .hasMessageContaining("entry 'xgboost-model' declares 3145728 bytes, more than the 1048576-byte limit");
        assertThat(tmp.resolve("out/xgboost-model")).doesNotExist();
    }

    @Test
    void devicesAndFifos_areRefusedByName_notTurnedIntoEmptyFiles() throws IOException {
        for (byte type : new byte[] {TarArchiveEntry.LF_CHR, TarArchiveEntry.LF_BLK, TarArchiveEntry.LF_FIFO}) {
            Path a = archive(tar -> {
                tar.putArchiveEntry(new TarArchiveEntry("dev-entry", type, true));
                tar.closeArchiveEntry();
            });
            assertThatThrownBy(() -> ModelArchive.extract(a, out(), 1 << 20))
                    .hasMessageMatching(".*'dev-entry' is (a character device|a block device|a FIFO \\(named pipe\\)); devices and FIFOs are not extracted");
            assertThat(tmp.resolve("out/dev-entry")).doesNotExist();
        }
    }

    @Test
    void aRefusedArchive_leavesNoDirectoriesItMade() throws IOException {
        Path a = archive(tar -> {
            file(tar, "a/b/c/xgboost-model", new byte[] {1});
            file(tar, "../x", new byte[] {1});
        });
        Path out = out();
        assertThatThrownBy(() -> ModelArchive.extract(a, out, 1 << 20)).hasMessageContaining("climbs out");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void notAnArchive_saysSo() throws IOException {
        Path a = Files.writeString(tmp.resolve("model.tar.gz"), "<Error>AccessDenied</Error>");
        assertThatThrownBy(() -> ModelArchive.extract(a, out(), 1 << 20)).hasMessageContaining("is not a readable .tar.gz");
    }
}
