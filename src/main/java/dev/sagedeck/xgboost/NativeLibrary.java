package dev.sagedeck.xgboost;

import dev.sagedeck.config.MachineCache;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Properties;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * Loads XGBoost's native library from the machine cache ({@link MachineCache}{@code /native}), where it
 * is extracted once per version: xgboost4j's own loader copies the 15.7 MB library into a new temporary
 * file on every start (0.1-0.2 s) and a killed run leaves it in /tmp. The file is named by the
 * library's version and CRC-32 (from the jar's directory), written to a temporary name, checked
 * against that CRC, fsync'd and renamed into place; a cached file whose size is wrong is written
 * again. When anything here is not possible (no jar, a read-only home, an unknown platform, another
 * xgboost4j version whose loader looks different), xgboost4j's own loader does what it always did.
 */
final class NativeLibrary {
    private static final String LOADER = "ml.dmlc.xgboost4j.java.NativeLibLoader";
    private static volatile boolean done;

    private NativeLibrary() {}

    /** Loads the library once per JVM (cheap after the first call); never throws. */
    static void load() {
        if (done) return;
        try {
            load(MachineCache.dir(System.getenv()).resolve("native"));
        } catch (Exception | LinkageError e) {
            // xgboost4j's loader gets its turn and reports any real problem (NativeQuiet words it)
        } finally {
            done = true;
        }
    }

    /** Loads from {@code dir} and returns the file loaded, or null when xgboost4j's own loader must do it. */
    static Path load(Path dir) throws IOException, ReflectiveOperationException {
        String platform = platform();
        if (platform == null) return null;
        Class<?> loader = Class.forName(LOADER, false, NativeLibrary.class.getClassLoader());
        Field initialized = loader.getDeclaredField("initialized");
        initialized.setAccessible(true);
        // xgboost4j's initXGBoost() is static synchronized: holding its lock, no other thread can load a second copy
        synchronized (loader) {
            if (initialized.getBoolean(null)) return null;
            String resource = "lib/" + platform + "/" + System.mapLibraryName("xgboost4j");
            URL url = NativeLibrary.class.getClassLoader().getResource(resource);
            if (url == null) return null;
            Path file = cached(url, dir, version());
            if (file == null) return null;
            System.load(file.toString());
            initialized.setBoolean(null, true);
            return file;
        }
    }

    /** The extracted library for this jar entry, written when missing or the wrong size. */
    static Path cached(URL url, Path dir, String version) throws IOException {
        URLConnection c = url.openConnection();
        if (!(c instanceof JarURLConnection jarConnection)) return null;
        jarConnection.setUseCaches(false);
        ZipEntry entry = jarConnection.getJarEntry();
        if (entry == null || entry.getCrc() < 0 || entry.getSize() < 0) return null;
        String name = entry.getName();
        String base = name.substring(name.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        Path file = dir.resolve(String.format(Locale.ROOT, "%s-%s-%08x%s", base.substring(0, dot), version, entry.getCrc(), base.substring(dot)));
        if (Files.isRegularFile(file) && Files.size(file) == entry.getSize()) return file;
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, base, ".tmp");
        try {
            CRC32 crc = new CRC32();
            try (InputStream in = jarConnection.getInputStream(); OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    crc.update(buf, 0, n);
                    out.write(buf, 0, n);
                }
            }
            if (crc.getValue() != entry.getCrc() || Files.size(tmp) != entry.getSize()) {
                throw new IOException("the copy of " + name + " does not match its checksum");
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String version() {
        try (InputStream in = NativeLibrary.class.getClassLoader().getResourceAsStream("META-INF/maven/ml.dmlc/xgboost4j_2.12/pom.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown").replaceAll("[^A-Za-z0-9._-]", "_");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** xgboost4j's directory names for this machine, or null where we leave loading to it. */
    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) return null;
        return switch (arch) {
            case "amd64", "x86_64" -> "linux/x86_64";
            case "aarch64", "arm64" -> "linux/aarch64";
            default -> null;
        };
    }
}
