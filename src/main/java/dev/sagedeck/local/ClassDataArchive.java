package dev.sagedeck.local;

import dev.sagedeck.config.ClassDataCache;
import dev.sagedeck.config.MachineCache;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Class-data sharing for the job process (the same scheme as dist/sagedeck's run_jvm for sagedeck's
 * own JVM): the first job started with this jar and this java writes a dynamic archive of the classes
 * it loaded; later jobs map it and start faster. The archive is written to a temporary file and only
 * renamed into place after a JVM has opened it with {@code -Xshare:on} (a truncated archive would crash
 * the JVM at start, a stale or foreign one is skipped by {@code -Xshare:auto}). Only a classpath that is
 * one jar can be archived; tests running from class directories get no flags.
 */
final class ClassDataArchive {
    /** The shell that waits for the first job's JVM, checks its archive and moves it into place. */
    static final String KEEP_SCRIPT = """
            tmp=$1 final=$2 old=$3 jar=$4; shift 4
            "$@" & pid=$!
            trap 'kill -TERM $pid 2>/dev/null' TERM
            rc=0; wait $pid || rc=$?
            while kill -0 $pid 2>/dev/null; do rc=0; wait $pid || rc=$?; done
            if [ -s "$tmp" ] && "$1" -XX:SharedArchiveFile="$tmp" -Xshare:on -XX:ErrorFile=/dev/null -Xlog:cds*=off \\
                    -cp "$jar" -version >/dev/null 2>&1; then
                sync "$tmp" 2>/dev/null; rm -f "$old"*.jsa; mv -f "$tmp" "$final$(wc -c <"$tmp").jsa"
            fi
            rm -f "$tmp"
            exit $rc
            """;

    /** JVM flags, and the command to run the JVM through ({@code sh -c KEEP_SCRIPT ...}) when it writes the archive. */
    record Plan(List<String> flags, List<String> wrapper) {
        static final Plan NONE = new Plan(List.of(), List.of());
    }

    private ClassDataArchive() {}

    static Plan forJob(String javaBinary, String classPath, Map<String, String> env) {
        return plan(javaBinary, classPath, env, true);
    }

    /**
     * The plan when it needs no archive to be written: the archive's flags, or {@link Plan#NONE} when
     * archives do not apply; null when this would be the first job of a build (which writes the archive
     * under {@link #KEEP_SCRIPT}'s shell). Nothing is pruned or written.
     */
    static Plan withoutWriting(String javaBinary, String classPath, Map<String, String> env) {
        return plan(javaBinary, classPath, env, false);
    }

    private static Plan plan(String javaBinary, String classPath, Map<String, String> env, boolean mayWrite) {
        if ("off".equals(env.get("SAGEDECK_CDS")) || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Plan.NONE;
        }
        try {
            Path jar = Path.of(classPath);
            Path java = Path.of(javaBinary).toRealPath();
            Path dir = MachineCache.dir(env).resolve("cds");
            Files.createDirectories(dir);
            CRC32 id = new CRC32();
            id.update((jar.toAbsolutePath() + "\n" + java).getBytes(StandardCharsets.UTF_8));
            String prefix = "sagedeck-" + Long.toHexString(id.getValue()) + "-job-";
            // named by sizes and times too (a rebuilt jar or an updated JDK gets a new archive), and
            // ending in the archive's own size: a file cut short would crash the JVM, so it is never used
            String named = prefix + ClassDataCache.stamp(jar) + "." + ClassDataCache.stamp(java) + ".";
            List<String> flags = new ArrayList<>(List.of("-Xshare:auto", "-Xlog:cds*=off"));
            Path found = complete(dir, named);
            if (found != null) {
                flags.add("-XX:SharedArchiveFile=" + found);
                return new Plan(flags, List.of());
            }
            if (!mayWrite) {
                return null;
            }
            if (!Files.isWritable(dir)) {
                return Plan.NONE;
            }
            // a new archive is rare (a new build): the moment to clear those no jar can use any more
            ClassDataCache.prune(dir, Instant.now());
            ClassDataCache.recordPaths(dir, Long.toHexString(id.getValue()), jar.toAbsolutePath().toString(), java.toString());
            Path tmp = dir.resolve(named + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
            flags.add("-XX:ArchiveClassesAtExit=" + tmp);
            return new Plan(flags, List.of("/bin/sh", "-c", KEEP_SCRIPT, "sh", tmp.toString(), dir.resolve(named).toString(),
                    dir.resolve(prefix).toString(), classPath));
        } catch (IOException | RuntimeException e) {
            return mayWrite ? Plan.NONE : null; // without an archive the job only starts slower
        }
    }

    /** The archive named {@code <named><size>.jsa} whose length is that size, or null. */
    static Path complete(Path dir, String named) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, named + "*.jsa")) {
            for (Path f : files) {
                String size = f.getFileName().toString().substring(named.length()).replace(".jsa", "");
                if (size.matches("[0-9]{1,18}") && Files.isRegularFile(f) && Files.size(f) == Long.parseLong(size)) {
                    return f;
                }
            }
        }
        return null;
    }

}
