package dev.sagedeck.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.PhaseHistory;
import dev.sagedeck.domain.PhaseRecord;
import dev.sagedeck.port.PhaseHistories;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phase history in the state directory, {@code phase-history.jsonl}: one JSON line per
 * finished job of mine, appended once per job, rewritten with the last {@link PhaseHistory#CAPACITY}
 * when it grows past that by a tenth (so a busy day is not a rewrite per job). A damaged line is
 * skipped, a missing or unreadable file is an empty history: never an error at start.
 */
public final class PhaseHistoryFile implements PhaseHistories {
    public static final String NAME = "phase-history.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path stateDir;

    /** The history in {@code stateDir}. */
    public PhaseHistoryFile(Path stateDir) {
        this.stateDir = stateDir;
    }

    @Override
    public PhaseHistory read() {
        Path file = stateDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return PhaseHistory.EMPTY;
        }
        try {
            return PhaseHistory.EMPTY.with(parse(Files.readAllLines(file, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException unreadable) {
            return PhaseHistory.EMPTY; // only costs the comparison with past jobs
        }
    }

    /** Appends the records of jobs not in the file yet; prunes to the capacity when it has grown past it. */
    @Override
    public void append(List<PhaseRecord> records) throws IOException {
        synchronized (PhaseHistoryFile.class) { // one writer per process, whichever instance asks
            appendNow(records);
        }
    }

    private void appendNow(List<PhaseRecord> records) throws IOException {
        if (records.isEmpty()) {
            return;
        }
        Files.createDirectories(stateDir);
        Path file = stateDir.resolve(NAME);
        List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        PhaseHistory before = PhaseHistory.EMPTY.with(parse(lines));
        List<String> fresh = new ArrayList<>();
        for (PhaseRecord r : records) {
            if (!before.contains(r.job())) {
                fresh.add(line(r));
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        if (lines.size() + fresh.size() > PhaseHistory.CAPACITY + PhaseHistory.CAPACITY / 10) {
            List<String> all = new ArrayList<>(lines);
            all.addAll(fresh);
            rewrite(file, all.subList(all.size() - PhaseHistory.CAPACITY, all.size()));
            return;
        }
        boolean torn = Files.isRegularFile(file) && Files.size(file) > 0 && !Files.readString(file, StandardCharsets.UTF_8).endsWith("\n");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            if (torn) {
                w.write('\n'); // a crash cut the last line: start ours on a line of its own
            }
            for (String l : fresh) {
                w.write(l);
                w.write('\n');
            }
        }
    }

    private static void rewrite(Path file, List<String> lines) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), NAME, ".tmp");
        try {
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String line(PhaseRecord r) {
        ObjectNode n = JSON.createObjectNode().put("job", r.job()).put("backend", r.backend().label())
                .put("image", r.image()).put("instanceType", r.instanceType())
                .put("ended", r.ended() == null ? null : r.ended().toString());
        if (r.dataBytes() != null) {
            n.put("dataBytes", r.dataBytes());
        }
        ObjectNode phases = n.putObject("phases");
        r.phaseSeconds().forEach(phases::put);
        return n.toString();
    }

    private static List<PhaseRecord> parse(List<String> lines) {
        List<PhaseRecord> out = new ArrayList<>();
        for (String l : lines) {
            try {
                JsonNode n = JSON.readTree(l);
                Backend backend = "local".equals(n.path("backend").asText()) ? Backend.LOCAL : Backend.SAGEMAKER;
                Map<String, Long> phases = new LinkedHashMap<>();
                n.path("phases").properties().forEach(e -> phases.put(e.getKey(), e.getValue().asLong()));
                out.add(new PhaseRecord(n.path("job").asText(), backend, text(n, "image"), text(n, "instanceType"),
                        n.hasNonNull("dataBytes") ? n.get("dataBytes").asLong() : null,
                        n.hasNonNull("ended") ? Instant.parse(n.get("ended").asText()) : null, phases));
            } catch (IOException | RuntimeException damaged) {
                // a torn last line after a crash: the rest of the history still counts
            }
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
