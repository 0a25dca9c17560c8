package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.cli.CliRun;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.testing.MotoServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sagedeck fetch-model JOB --dir DIR} into a directory that already holds the user's files, with
 * hand-built hostile model.tar.gz archives served from moto S3: nothing there is replaced without
 * {@code --force}, nothing is written through a link, and a refused archive leaves DIR byte for byte as
 * it was, with no directory of ours left behind.
 */
class FetchModelKeepsYourFilesTest {
    @TempDir
    Path home;
    private MotoS3 s3;
    private AwsConnection connection;
    private Map<String, String> env;
    private String job;
    private S3Location model;
    private Path dir;
    private Path outside;

    @BeforeEach
    void start() throws IOException {
        MotoServer.reset();
        s3 = new MotoS3(MotoServer.endpoint());
        s3.bucket(LaunchOnMotoTest.BUCKET);
        connection = AwsTestSupport.connect(MotoServer.endpoint(), AwsTuning.DEFAULTS); // moto on a loaded machine, not a fault test
        TrainingJob launched = AwsTestSupport.jobs(connection).launch(LaunchSpecs.builtIn("titanic-1", LaunchOnMotoTest.OUT));
        job = launched.name();
        model = S3Location.parse(launched.modelLocation(), "model");
        env = AwsTestSupport.cliEnv(home, Files.createDirectories(home.resolve("state")), MotoServer.endpoint());
        dir = Files.createDirectories(home.resolve("models"));
        outside = Files.writeString(home.resolve("outside.txt"), "a file outside --dir that must stay as it is");
    }

    @AfterEach
    void stop() {
        connection.close();
        s3.close();
    }

    private interface Entries {
        void write(TarArchiveOutputStream tar) throws IOException;
    }

    private void serve(Entries entries) throws IOException {
        s3.put(model.bucket(), model.key(), gzip(tar(entries)));
    }

    private static byte[] tar(Entries entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            entries.write(tar);
            tar.finish();
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] tar) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GzipCompressorOutputStream(bytes)) {
            gz.write(tar);
        }
        return bytes.toByteArray();
    }

    static void file(TarArchiveOutputStream tar, String name, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(name, true);
        e.setSize(b.length);
        tar.putArchiveEntry(e);
        tar.write(b);
        tar.closeArchiveEntry();
    }

    static void special(TarArchiveOutputStream tar, String name, byte type) throws IOException {
        tar.putArchiveEntry(new TarArchiveEntry(name, type, true));
        tar.closeArchiveEntry();
    }

    /** Every path under {@code root} (links as links, not followed) with its bytes or link target. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                String key = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    out.put(key, "link -> " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(key, "dir");
                } else {
                    out.put(key, Base64.getEncoder().encodeToString(Files.readAllBytes(p)));
                }
            }
        }
        return out;
    }

    private CliRun.Result fetch(String... extra) {
        String[] args = new String[3 + extra.length + 1];
        args[0] = "fetch-model";
        args[1] = job;
        args[2] = "--dir";
        args[3] = dir.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return CliRun.run(env, args);
    }

    private void assertNothingOfOursLeft() throws IOException {
        try (Stream<Path> s = Files.list(home)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".fetch-") || n.contains(".sagedeck-download-"));
        }
    }

    @Test
    void aLinkInTheDirectory_isNeverWrittenThrough_evenWithForce() throws IOException {
        serve(tar -> file(tar, "xgboost-model", "binf the model"));
        Files.createSymbolicLink(dir.resolve("xgboost-model"), outside);
        Map<String, String> before = snapshot(dir);

        for (String[] extra : new String[][] {{}, {"--force"}}) {
            CliRun.Result r = fetch(extra);
            assertThat(r.code()).as(r.toString()).isNotZero();
            assertThat(r.err()).contains("is a symbolic link").contains("does not write through links")
                    .doesNotContain("Exception");
        }
        assertThat(Files.readString(outside)).isEqualTo("a file outside --dir that must stay as it is");
        assertThat(snapshot(dir)).isEqualTo(before);
        assertNothingOfOursLeft();
    }

    @Test
    void aFileOfTheSameName_isKeptWithoutForce_andReplacedWithIt() throws IOException {
        serve(tar -> file(tar, "xgboost-model", "binf the new model"));
        Files.writeString(dir.resolve("xgboost-model"), "my earlier model");
        Files.writeString(dir.resolve("notes.txt"), "my notes");
        Map<String, String> before = snapshot(dir);

        CliRun.Result refused = fetch();
        assertThat(refused.code()).as(refused.toString()).isNotZero();
        assertThat(refused.err()).contains(dir.resolve("xgboost-model") + " already exists; pass --force to replace it");
        assertThat(snapshot(dir)).isEqualTo(before);

        CliRun.Result forced = fetch("--force");
        assertThat(forced.code()).as(forced.toString()).isZero();
        assertThat(Files.readString(dir.resolve("xgboost-model"))).isEqualTo("binf the new model");
        assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("my notes");
        assertNothingOfOursLeft();
    }

    @Test
    void aRefusedArchive_leavesTheDirectoryByteForByte_andNoEmptyDirectories() throws IOException {
        Files.writeString(dir.resolve("xgboost-model"), "my earlier model");
        Files.createSymbolicLink(dir.resolve("link"), outside);
        Map<String, String> before = snapshot(dir);
        Map<String, Entries> hostile = new java.util.LinkedHashMap<>();
        hostile.put("climbs out of the target directory with '..'", tar -> {
            tar.putArchiveEntry(new TarArchiveEntry("deep/er/", true));
            tar.closeArchiveEntry();
            file(tar, "deep/er/xgboost-model", "binf");
            file(tar, "../escaped", "x");
        });
        hostile.put("is a link", tar -> {
            TarArchiveEntry e = new TarArchiveEntry("xgboost-model", TarArchiveEntry.LF_SYMLINK, true);
            e.setLinkName(outside.toString());
            tar.putArchiveEntry(e);
            tar.closeArchiveEntry();
        });
        hostile.put("is a character device", tar -> special(tar, "console", TarArchiveEntry.LF_CHR));
        hostile.put("is a block device", tar -> special(tar, "sda", TarArchiveEntry.LF_BLK));
        hostile.put("is a FIFO (named pipe)", tar -> special(tar, "pipe", TarArchiveEntry.LF_FIFO));

        for (Map.Entry<String, Entries> h : hostile.entrySet()) {
            serve(h.getValue());
            CliRun.Result r = fetch("--force");
            assertThat(r.code()).as(h.getKey() + ": " + r).isNotZero();
            assertThat(r.err()).as(h.getKey()).contains("refusing to extract model.tar.gz").contains(h.getKey());
            assertThat(snapshot(dir)).as(h.getKey()).isEqualTo(before);
            assertThat(home.resolve("escaped")).doesNotExist();
            assertNothingOfOursLeft();
        }
        assertThat(Files.readString(outside)).isEqualTo("a file outside --dir that must stay as it is");
    }

    @Test
    void anArchiveDeclaringMoreThanTheLimit_isRefusedBeforeAnythingIsWritten_andNoDirectoryIsMade() throws IOException {
        // a header that says 3 GiB followed by a few bytes: refused by the header, not after writing 2 GiB
        byte[] tar = tar(t -> file(t, "xgboost-model", "0123456789"));
        ModelArchiveTest.declareSize(tar, 0, 3L << 30);
        s3.put(model.bucket(), model.key(), gzip(tar));
        dir = home.resolve("new/deeper/models");

        CliRun.Result r = fetch();

        assertThat(r.code()).as(r.toString()).isNotZero();
        assertThat(r.err()).contains("entry 'xgboost-model' declares 3221225472 bytes, more than the 2147483648-byte limit");
        assertThat(home.resolve("new")).doesNotExist();
        assertNothingOfOursLeft();
    }

    @Test
    void intoANewDirectory_theModelArrivesWhole() throws IOException {
        serve(tar -> file(tar, "xgboost-model", "binf the model"));
        dir = home.resolve("fresh");
        CliRun.Result r = fetch();
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out().trim()).isEqualTo(dir.resolve("xgboost-model").toString());
        assertThat(snapshot(dir)).containsOnlyKeys("", "xgboost-model", "preprocessing.json");
        assertNothingOfOursLeft();
    }
}
