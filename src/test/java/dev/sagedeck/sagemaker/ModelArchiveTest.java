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
                .hasMessageContaining("unpacks to more than 3145728 bytes");
        assertThat(filesIn(tmp.resolve("out"))).isZero();
    }

    @Test
    void notAnArchive_saysSo() throws IOException {
        Path a = Files.writeString(tmp.resolve("model.tar.gz"), "<Error>AccessDenied</Error>");
        assertThatThrownBy(() -> ModelArchive.extract(a, out(), 1 << 20)).hasMessageContaining("is not a readable .tar.gz");
    }
}
