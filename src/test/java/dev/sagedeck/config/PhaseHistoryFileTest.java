package dev.sagedeck.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.PhaseHistory;
import dev.sagedeck.domain.PhaseRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhaseHistoryFileTest {
    static final Instant T = Instant.parse("2026-12-06T12:00:00Z");

    static PhaseRecord record(int i) {
        return new PhaseRecord("alice-" + i, Backend.SAGEMAKER, "xgboost:1.7-1", "ml.m5.xlarge", i % 2 == 0 ? 1000L * i : null,
                T.plusSeconds(i), Map.of("Downloading", 60L + i, "Training", 600L));
    }

    @Test
    void theHistorySurvivesARestartAndKeepsEachJobOnce(@TempDir Path dir) throws Exception {
        new PhaseHistoryFile(dir).append(List.of(record(1), record(2)));
        new PhaseHistoryFile(dir).append(List.of(record(2), record(3)));

        PhaseHistory read = new PhaseHistoryFile(dir).read();

        assertThat(read.records()).containsExactly(record(1), record(2), record(3));
        assertThat(Files.readAllLines(dir.resolve(PhaseHistoryFile.NAME))).hasSize(3);
    }

    @Test
    void theFileIsPrunedToTheLast500Jobs(@TempDir Path dir) throws Exception {
        for (int batch = 0; batch < 7; batch++) {
            List<PhaseRecord> more = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                more.add(record(batch * 100 + i));
            }
            new PhaseHistoryFile(dir).append(more);
        }

        List<String> lines = Files.readAllLines(dir.resolve(PhaseHistoryFile.NAME));
        assertThat(lines.size()).isBetween(500, 550);
        assertThat(new PhaseHistoryFile(dir).read().records()).hasSize(500).last().isEqualTo(record(699));
    }

    @Test
    void aTornLastLineCostsOnlyThatLine(@TempDir Path dir) throws Exception {
        new PhaseHistoryFile(dir).append(List.of(record(1)));
        Files.writeString(dir.resolve(PhaseHistoryFile.NAME), "{\"job\":\"alice-2\",\"phas", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThat(new PhaseHistoryFile(dir).read().records()).containsExactly(record(1));
        new PhaseHistoryFile(dir).append(List.of(record(3)));
        assertThat(new PhaseHistoryFile(dir).read().records()).containsExactly(record(1), record(3));
    }

    @Test
    void noFileIsAnEmptyHistory(@TempDir Path dir) {
        assertThat(new PhaseHistoryFile(dir.resolve("missing")).read().records()).isEmpty();
    }
}
