package dev.sagedeck.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.JobStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs that cannot report their own end are settled by whoever reads the store next. */
class LivenessTest {
    @TempDir
    Path tmp;

    @Test
    void reusedPid_isNotMistakenForOurRun() {
        LocalJobStore store = new LocalJobStore(tmp, Clock.systemUTC());
        JobRecord r = running("alice-reused-1");
        r.pid = ProcessHandle.current().pid(); // a live process, but it started at another time
        r.pidStart = Instant.parse("2001-01-01T00:00:00Z");
        store.create(r);

        JobRecord seen = store.find(r.name).orElseThrow();

        assertThat(seen.jobStatus()).isEqualTo(JobStatus.FAILED);
        assertThat(seen.failureReason).contains("pid " + r.pid).contains("killed?");
        assertThat(Files.exists(store.dir(r.name).failure())).isTrue();
    }

    @Test
    void runWithoutPid_longAfterLaunch_isFailedAsNeverStarted_butAFreshOneIsLeftAlone() {
        LocalJobStore store = new LocalJobStore(tmp, Clock.systemUTC());
        JobRecord old = running("alice-old-1");
        old.created = Instant.now().minusSeconds(600);
        store.create(old);
        JobRecord fresh = running("alice-fresh-1");
        store.create(fresh);

        assertThat(store.find(old.name).orElseThrow().failureReason).contains("never started");
        assertThat(store.find(fresh.name).orElseThrow().jobStatus()).isEqualTo(JobStatus.IN_PROGRESS);
    }

    @Test
    void stoppingRunWhoseProcessVanished_endsStopped() {
        LocalJobStore store = new LocalJobStore(tmp, Clock.systemUTC());
        JobRecord r = running("alice-stopping-1");
        r.status = JobStatus.STOPPING.text();
        r.pid = Long.MAX_VALUE / 2; // no such process
        store.create(r);

        JobRecord seen = store.find(r.name).orElseThrow();

        assertThat(seen.jobStatus()).isEqualTo(JobStatus.STOPPED);
        assertThat(seen.failureReason).isNull();
    }

    @Test
    void damagedRecord_isListedAsDamagedWithTheReason_andNamedByFind() throws Exception {
        LocalJobStore store = new LocalJobStore(tmp, Clock.systemUTC());
        store.create(running("alice-good-1"));
        Files.createDirectories(tmp.resolve("alice-bad-1"));
        Files.writeString(tmp.resolve("alice-bad-1/job.json"), "{ not json");

        assertThat(store.list()).extracting(j -> j.name).containsExactlyInAnyOrder("alice-good-1", "alice-bad-1");
        JobRecord bad = store.list().stream().filter(j -> j.name.equals("alice-bad-1")).findFirst().orElseThrow();
        assertThat(bad.status).isEqualTo(LocalJobStore.DAMAGED);
        assertThat(bad.failureReason).contains("alice-bad-1/job.json").contains("unreadable").contains("sagedeck forget alice-bad-1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.find("alice-bad-1"))
                .hasMessageContaining("alice-bad-1/job.json").hasMessageContaining("unreadable");
    }

    private static JobRecord running(String name) {
        JobRecord r = new JobRecord();
        r.name = name;
        r.owner = "alice";
        r.status = JobStatus.IN_PROGRESS.text();
        r.created = Instant.now();
        r.enter("Starting", r.created, "go");
        return r;
    }
}
