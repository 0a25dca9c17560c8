package dev.sagedeck.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobRecordFileTest {
    @TempDir
    Path tmp;

    @Test
    void readerNeverSeesAPartialRecord_whileAWriterRewritesIt() throws Exception {
        Path file = tmp.resolve("job.json");
        JobRecordFile.write(file, record(0));
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> readError = new AtomicReference<>();
        AtomicInteger reads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                try {
                    JobRecord r = JobRecordFile.read(file);
                    // Each record is internally consistent: its metric count equals its round.
                    assertThat(r.finalMetrics).hasSize(r.roundsTrained);
                    reads.incrementAndGet();
                } catch (Throwable t) {
                    readError.compareAndSet(null, t);
                    return;
                }
            }
        });
        reader.start();
        for (int i = 1; i <= 300; i++) {
            JobRecordFile.write(file, record(i));
        }
        done.set(true);
        reader.join();

        assertThat(readError.get()).isNull();
        assertThat(reads.get()).isPositive();
        assertThat(JobRecordFile.read(file).roundsTrained).isEqualTo(300);
        assertThat(tmp.toFile().list()).containsExactly("job.json"); // no temporary files left behind
    }

    @Test
    void roundTrip_keepsTimesAndTransitions() throws Exception {
        Path file = tmp.resolve("job.json");
        JobRecord r = record(2);
        r.enter("Starting", Instant.parse("2025-01-01T00:00:00Z"), "go");
        r.enter("Training", Instant.parse("2025-01-01T00:00:05Z"), "train");

        JobRecordFile.write(file, r);
        JobRecord back = JobRecordFile.read(file);

        assertThat(back.transitions).containsExactly(
                new JobRecord.Phase("Starting", Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:05Z"), "go"),
                new JobRecord.Phase("Training", Instant.parse("2025-01-01T00:00:05Z"), null, "train"));
        assertThat(back.created).isEqualTo(r.created);
    }

    private static JobRecord record(int rounds) {
        JobRecord r = new JobRecord();
        r.name = "alice-x-1";
        r.status = "InProgress";
        r.created = Instant.parse("2025-01-01T00:00:00Z");
        r.roundsTrained = rounds;
        List<String> pad = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            r.finalMetrics.put("metric-" + i, i * 0.5);
            pad.add("x".repeat(i % 50));
        }
        r.hyperParameters.put("pad", String.join("", pad)); // records of very different sizes
        return r;
    }
}
