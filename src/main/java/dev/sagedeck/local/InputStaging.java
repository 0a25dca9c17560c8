package dev.sagedeck.local;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The Downloading phase, locally: copies each channel's data into {@code input/data/<channel>/}
 * and, in script mode, the source directory into {@code code/}. Copies, not links, so the run
 * trains on the data as it was when it started, like a SageMaker job.
 */
final class InputStaging {
    private InputStaging() {}

    static void stage(JobDir dir, JobRecord r) throws IOException {
        for (JobRecord.ChannelEntry c : r.channels) {
            Path target = Path.of(c.path());
            Files.createDirectories(target.getParent());
            var sample = BundledSample.sampleOf(c.source());
            if (sample.isPresent()) {
                BundledSample.copy(sample.get(), c.name(), target);
            } else {
                Path source = Path.of(c.source());
                if (!Files.isReadable(source)) {
                    throw new IOException("the %s data %s is gone or unreadable".formatted(c.name(), source));
                }
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (r.launch != null && r.launch.script()) {
            stageCode(dir, r.launch);
        }
    }

    private static void stageCode(JobDir dir, JobRecord.Launch launch) throws IOException {
        Files.createDirectories(dir.code());
        if (launch.sourceDir() != null) {
            copyTree(Path.of(launch.sourceDir()), dir.code());
        } else {
            Files.copy(Path.of(launch.scriptFile()), dir.code().resolve(launch.entryPoint()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                Path rel = from.relativize(d);
                if (rel.toString().equals(".git") || rel.endsWith("__pycache__")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(rel.toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    Files.copy(f, to.resolve(from.relativize(f).toString()), StandardCopyOption.REPLACE_EXISTING);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
