package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.JobScope;
import dev.sagedeck.testing.ScriptedAws;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The client-side budget that keeps us inside quotas shared with colleagues. */
class CallBudgetTest {

    /** Fake time: sleeping advances the clock, so the bucket arithmetic is checked without waiting. */
    private static final class FakeTicker implements RateLimiter.Ticker {
        long now;
        final List<Long> grants = new ArrayList<>();

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleepNanos(long nanos) {
            now += nanos;
        }
    }

    @Test
    void bucket_letsTheBurstThrough_thenSpacesCallsAtTheRate() throws InterruptedException {
        FakeTicker t = new FakeTicker();
        RateLimiter limiter = new RateLimiter(2, 3, t);

        for (int i = 0; i < 7; i++) {
            limiter.acquire();
            t.grants.add(t.now);
        }

        assertThat(t.grants).containsExactly(0L, 0L, 0L, 500_000_000L, 1_000_000_000L, 1_500_000_000L, 2_000_000_000L);
    }

    @Test
    void idleTime_refillsOnlyUpToTheBurst() throws InterruptedException {
        FakeTicker t = new FakeTicker();
        RateLimiter limiter = new RateLimiter(1, 1, t);
        limiter.acquire();
        t.now += 60_000_000_000L; // a minute idle

        limiter.acquire();
        long before = t.now;
        limiter.acquire();

        assertThat(t.now - before).as("no stored-up minute of calls").isEqualTo(1_000_000_000L);
    }

    @Test
    void listTrainingJobs_neverExceedsOnePerSecond_evenWithFourCallersHammering() throws Exception {
        AwsTuning budgeted = new AwsTuning(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofMillis(500), 3,
                Duration.ofMillis(5), Duration.ofMillis(10), 1, 3, 5, Duration.ZERO);
        try (ScriptedAws aws = ScriptedAws.start(); AwsConnection c = AwsTestSupport.connect(aws.endpoint(), budgeted)) {
            aws.sageMaker().addJob("alice-1");
            SageMakerTrainingJobs jobs = AwsTestSupport.jobs(c);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                running.add(pool.submit(() -> jobs.list(JobScope.ALL)));
            }
            for (Future<?> f : running) {
                f.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();

            List<Long> arrivals = aws.requests("ListTrainingJobs").stream().map(ScriptedAws.Request::receivedNanos).toList();
            assertThat(arrivals).hasSize(4);
            // any window of W seconds may hold at most burst (1) + rate (1/s) x W calls
            assertThat(maxInWindow(arrivals, 1_000_000_000L)).isLessThanOrEqualTo(2);
            assertThat(maxInWindow(arrivals, 2_000_000_000L)).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void logReads_stayWithinFivePerSecond() {
        AwsTuning budgeted = new AwsTuning(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofMillis(500), 3,
                Duration.ofMillis(5), Duration.ofMillis(10), 1, 3, 5, Duration.ofMinutes(5));
        try (ScriptedAws aws = ScriptedAws.start(); AwsConnection c = AwsTestSupport.connect(aws.endpoint(), budgeted)) {
            aws.sageMaker().addJob("alice-1").instances("ml.m5.xlarge", 4);
            for (int i = 1; i <= 4; i++) {
                aws.logs().append("alice-1/algo-" + i + "-1764151200", java.time.Instant.now(), "hello " + i);
            }
            SageMakerTrainingJobs jobs = AwsTestSupport.jobs(c);
            var chunk = jobs.readLogs("alice-1", dev.sagedeck.domain.LogCursor.START);
            for (int poll = 0; poll < 2; poll++) {
                chunk = jobs.readLogs("alice-1", chunk.next());
            }

            List<Long> arrivals = aws.requests().stream().filter(r -> r.target().startsWith("Logs_"))
                    .map(ScriptedAws.Request::receivedNanos).toList();
            assertThat(arrivals).as("1 stream listing + 4 streams x 3 reads").hasSizeGreaterThanOrEqualTo(13);
            assertThat(maxInWindow(arrivals, 1_000_000_000L)).isLessThanOrEqualTo(10);
        }
    }

    /** The most arrivals inside any window [t, t + width). */
    static int maxInWindow(List<Long> arrivals, long width) {
        List<Long> sorted = arrivals.stream().sorted().toList();
        int best = 0;
        int from = 0;
        for (int to = 0; to < sorted.size(); to++) {
            while (sorted.get(to) - sorted.get(from) >= width) {
                from++;
            }
            best = Math.max(best, to - from + 1);
        }
        return best;
    }
}
