package dev.sagedeck.sagemaker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Descriptions of jobs in a final state (Completed, Failed, Stopped), which never change again:
 * kept in memory and, when a directory is given, on disk, so reopening the dashboard costs no
 * DescribeTrainingJob for them. Stores the AWS JSON (tags included), not the domain object, so the
 * owner is worked out again with today's ownership rule.
 */
final class FinishedJobCache {
    private final Map<String, ObjectNode> memory = new ConcurrentHashMap<>();
    private final Path dir;

    /** @param dir where to keep files, or null for memory only */
    FinishedJobCache(Path dir) {
        this.dir = dir;
    }

    Optional<ObjectNode> get(String name) {
        ObjectNode hit = memory.get(name);
        if (hit != null || dir == null) {
            return Optional.ofNullable(hit);
        }
        Path file = dir.resolve(name + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode n = SdkJson.MAPPER.readTree(file.toFile());
            if (n instanceof ObjectNode o && name.equals(o.path("TrainingJobName").asText())) {
                memory.put(name, o);
                return Optional.of(o);
            }
        } catch (IOException e) {
            // a damaged cache file is just a miss; the next describe rewrites it
        }
        return Optional.empty();
    }

    void put(String name, ObjectNode description) {
        memory.put(name, description);
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, name, ".tmp");
            SdkJson.MAPPER.writeValue(tmp.toFile(), description);
            Files.move(tmp, dir.resolve(name + ".json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the disk cache only saves calls; memory still has it
        }
    }
}
