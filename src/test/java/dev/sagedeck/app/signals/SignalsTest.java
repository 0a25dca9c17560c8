package dev.sagedeck.app.signals;

import dev.sagedeck.domain.PhaseRecord;
import dev.sagedeck.domain.PhaseHistory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LogLine;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.Price;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.StatusTransition;
import dev.sagedeck.domain.Timing;
import dev.sagedeck.domain.TrainingJob;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignalsTest {
    static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    static final Ownership ALICE = Ownership.of("alice");
    static final String IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";

    /** A running job of alice's that entered {@code phase} {@code ago} before NOW. */
    static TrainingJob runningIn(String name, String phase, Duration ago, String instanceType) {
        Instant created = NOW.minus(ago).minusSeconds(120);
        return TrainingJob.builder(name, Backend.SAGEMAKER).status(JobStatus.IN_PROGRESS).secondaryStatus(phase)
                .tags(Map.of("owner", "alice")).image(IMAGE)
                .timing(new Timing(created, created.plusSeconds(60), null, null, null))
                .resources(new Resources(instanceType, 1, 30, 86_400, false, 0))
                .transitions(List.of(new StatusTransition("Starting", created, NOW.minus(ago), "Launching"),
                        new StatusTransition(phase, NOW.minus(ago), null, null)))
                .build();
    }

    /** A finished job of alice's whose Downloading phase took {@code downloading}. */
    static TrainingJob finished(String name, Duration downloading, String instanceType, Instant ended) {
        Instant start = ended.minus(downloading).minusSeconds(600);
        Instant dlEnd = start.plus(downloading);
        return TrainingJob.builder(name, Backend.SAGEMAKER).status(JobStatus.COMPLETED).secondaryStatus("Completed")
                .tags(Map.of("owner", "alice")).image(IMAGE)
                .timing(new Timing(start, start, ended, 600L, 600L))
                .resources(new Resources(instanceType, 1, 30, 86_400, false, 0))
                .transitions(List.of(new StatusTransition("Downloading", start, dlEnd, null),
                        new StatusTransition("Training", dlEnd, ended, null),
                        new StatusTransition("Completed", ended, ended, null)))
                .build();
    }

    static PhaseHistory nineDownloadsOf1To3Minutes(String instanceType) {
        List<PhaseRecord> records = new ArrayList<>();
        long[] seconds = {60, 90, 120, 180, 75, 100, 150, 65, 170};
        for (int i = 0; i < seconds.length; i++) {
            records.add(PhaseRecord.of(finished("alice-old-" + i, Duration.ofSeconds(seconds[i]), instanceType,
                    NOW.minus(Duration.ofDays(i + 1)))).orElseThrow());
        }
        return PhaseHistory.EMPTY.with(records);
    }

    static Signals.Context context(PhaseHistory history, SignalRules rules) {
        return context(history, rules, Map.of(), NOW);
    }

    static Signals.Context context(PhaseHistory history, SignalRules rules, Map<String, LogActivity> logs, Instant now) {
        return new Signals.Context(ALICE, history, rules,
                type -> Optional.of(new Price(type, 1.0, "test")), logs, now);
    }

    static List<Signal> once(TrainingJob job, Signals.Context c) {
        return Signals.detect(SignalMemory.EMPTY, List.of(job), c).signals();
    }

    @Test
    void aDownloadFarLongerThanMyComparableJobsIsAStallWithTheReasonSpelledOut() {
        TrainingJob job = runningIn("alice-now", "Downloading", Duration.ofMinutes(14), "ml.m5.xlarge");

        List<Signal> found = once(job, context(nineDownloadsOf1To3Minutes("ml.m5.xlarge"), SignalRules.DEFAULTS));

        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Signal.Kind.STALLED);
            assertThat(s.title()).isEqualTo("Stalled in Downloading");
            assertThat(s.detail()).isEqualTo("Downloading for 14 min; your last 9 comparable jobs took 1\u20133 min");
        });
    }

    @Test
    void aSlowButNormalDownloadIsNotAStall() {
        // 4 min against 1-3 min: slower than ever, but within twice the longest
        TrainingJob job = runningIn("alice-now", "Downloading", Duration.ofMinutes(4), "ml.m5.xlarge");

        assertThat(once(job, context(nineDownloadsOf1To3Minutes("ml.m5.xlarge"), SignalRules.DEFAULTS))).isEmpty();
    }

    @Test
    void jobsOnAnotherInstanceTypeAreNotComparedSoTheFixedLimitApplies() {
        PhaseHistory otherType = nineDownloadsOf1To3Minutes("ml.g5.xlarge");

        assertThat(once(runningIn("alice-now", "Downloading", Duration.ofMinutes(14), "ml.m5.xlarge"),
                context(otherType, SignalRules.DEFAULTS))).isEmpty();
        List<Signal> late = once(runningIn("alice-now", "Downloading", Duration.ofMinutes(31), "ml.m5.xlarge"),
                context(otherType, SignalRules.DEFAULTS));
        assertThat(late).singleElement().satisfies(s -> assertThat(s.detail())
                .startsWith("Downloading for 31 min; more than the 30 min").contains("fewer than 5 comparable jobs"));
    }

    @Test
    void fourComparableJobsAreTooFewToJudgeByHistory() {
        List<PhaseRecord> four = new ArrayList<>(nineDownloadsOf1To3Minutes("ml.m5.xlarge").records().subList(0, 4));

        assertThat(once(runningIn("alice-now", "Downloading", Duration.ofMinutes(14), "ml.m5.xlarge"),
                context(new PhaseHistory(four), SignalRules.DEFAULTS))).isEmpty();
    }

    @Test
    void dataSizesMoreThanTwiceApartAreNotComparable() {
        TrainingJob small = finished("alice-a", Duration.ofMinutes(1), "ml.m5.xlarge", NOW).toBuilder()
                .tags(Map.of("owner", "alice", PhaseRecord.DATA_BYTES_TAG, "1000000")).build();
        PhaseRecord r = PhaseRecord.of(small).orElseThrow();

        TrainingJob twice = runningIn("alice-b", "Downloading", Duration.ofMinutes(1), "ml.m5.xlarge").toBuilder()
                .tags(Map.of("owner", "alice", PhaseRecord.DATA_BYTES_TAG, "2000000")).build();
        TrainingJob triple = twice.toBuilder().tags(Map.of("owner", "alice", PhaseRecord.DATA_BYTES_TAG, "3000000")).build();
        assertThat(r.comparableTo(twice)).isTrue();
        assertThat(r.comparableTo(triple)).isFalse();
    }

    @Test
    void trainingHasNoFixedLimitWithoutAHistory() {
        assertThat(once(runningIn("alice-now", "Training", Duration.ofHours(5), "ml.m5.xlarge"),
                context(PhaseHistory.EMPTY, SignalRules.DEFAULTS.withoutRuntime()))).isEmpty();
    }

    @Test
    void aStallIsSignalledOncePerJobAndPhase() {
        Signals.Context c = context(nineDownloadsOf1To3Minutes("ml.m5.xlarge"), SignalRules.DEFAULTS);
        TrainingJob job = runningIn("alice-now", "Downloading", Duration.ofMinutes(14), "ml.m5.xlarge");

        Signals.Detection first = Signals.detect(SignalMemory.EMPTY, List.of(job), c);
        Signals.Detection second = Signals.detect(first.memory(), List.of(job), c);

        assertThat(first.signals()).hasSize(1);
        assertThat(second.signals()).isEmpty();
    }

    @Test
    void aFailureIsSignalledOnceWithTheFirstLineOfItsReason() {
        TrainingJob running = runningIn("alice-now", "Training", Duration.ofMinutes(3), "ml.m5.xlarge");
        TrainingJob failed = running.toBuilder().status(JobStatus.FAILED).secondaryStatus("Failed")
                .failureReason("AlgorithmError: ExecuteUserScriptError:\nTraceback (most recent call last):\n  File x").build();
        Signals.Context c = context(PhaseHistory.EMPTY, SignalRules.DEFAULTS);

        Signals.Detection seen = Signals.detect(SignalMemory.EMPTY, List.of(running), c);
        Signals.Detection ended = Signals.detect(seen.memory(), List.of(failed), c);
        Signals.Detection again = Signals.detect(ended.memory(), List.of(failed), c);

        assertThat(seen.signals()).isEmpty();
        assertThat(ended.signals()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Signal.Kind.FAILED);
            assertThat(s.title()).isEqualTo("Failed: AlgorithmError: ExecuteUserScriptError:");
        });
        assertThat(again.signals()).isEmpty();
    }

    @Test
    void aJobThatHadEndedBeforeILookedIsNotAnnounced() {
        TrainingJob done = finished("alice-old", Duration.ofMinutes(2), "ml.m5.xlarge", NOW.minusSeconds(60));

        Signals.Detection d = Signals.detect(SignalMemory.EMPTY, List.of(done), context(PhaseHistory.EMPTY, SignalRules.DEFAULTS));

        assertThat(d.signals()).isEmpty();
        assertThat(d.finished()).singleElement().satisfies(r -> assertThat(r.phaseSeconds())
                .containsEntry("Downloading", 120L).containsEntry("Training", 600L).doesNotContainKey("Completed"));
    }

    @Test
    void completedAndStoppedAreSignalledWhenIWatchedThemRun() {
        TrainingJob a = runningIn("alice-a", "Training", Duration.ofMinutes(3), "ml.m5.xlarge");
        TrainingJob b = runningIn("alice-b", "Training", Duration.ofMinutes(3), "ml.m5.xlarge");
        Signals.Context c = context(PhaseHistory.EMPTY, SignalRules.DEFAULTS);
        SignalMemory m = Signals.detect(SignalMemory.EMPTY, List.of(a, b), c).memory();

        List<Signal> found = Signals.detect(m, List.of(a.toBuilder().status(JobStatus.COMPLETED).build(),
                b.toBuilder().status(JobStatus.STOPPED).secondaryStatus("Stopped").build()), c).signals();

        assertThat(found).extracting(Signal::kind).containsExactly(Signal.Kind.COMPLETED, Signal.Kind.STOPPED);
    }

    @Test
    void aColleaguesJobIsNeverSignalled() {
        TrainingJob bobs = runningIn("bob-job", "Downloading", Duration.ofHours(3), "ml.m5.xlarge").toBuilder()
                .tags(Map.of("owner", "bob")).build();
        Signals.Context c = context(PhaseHistory.EMPTY, SignalRules.DEFAULTS.withBudget(0.01));
        Signals.Detection first = Signals.detect(SignalMemory.EMPTY, List.of(bobs), c);

        List<Signal> found = Signals.detect(first.memory(), List.of(bobs.toBuilder().status(JobStatus.FAILED).build()), c).signals();

        assertThat(first.signals()).isEmpty();
        assertThat(found).isEmpty();
    }

    @Test
    void aJobPastEightyPercentOfItsMaxRuntimeIsSignalledOnce() {
        TrainingJob job = runningIn("alice-now", "Training", Duration.ofMinutes(1), "ml.m5.xlarge");
        Instant started = job.timing().started();
        TrainingJob limited = job.toBuilder().resources(new Resources("ml.m5.xlarge", 1, 30, 3600, false, 0)).build();

        assertThat(once(limited, context(PhaseHistory.EMPTY, SignalRules.DEFAULTS, Map.of(), started.plusSeconds(2879)))).isEmpty();
        List<Signal> at80 = once(limited, context(PhaseHistory.EMPTY, SignalRules.DEFAULTS, Map.of(), started.plusSeconds(2900)));
        assertThat(at80).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Signal.Kind.RUNTIME);
            assertThat(s.detail()).isEqualTo("running for 48 min of its 1 h 00 min max runtime (80 %); it is stopped at the limit");
        });
    }

    @Test
    void aJobWhoseCostSoFarPassesTheBudgetIsSignalled() {
        // $1.00 an hour on 2 instances: $4.00 after 2 h, $5.20 after 2 h 36 min
        TrainingJob job = runningIn("alice-now", "Training", Duration.ofMinutes(1), "ml.m5.xlarge").toBuilder()
                .resources(new Resources("ml.m5.xlarge", 2, 30, 86_400, false, 0)).build();
        Instant started = job.timing().started();
        SignalRules budget = SignalRules.fromConfig(Map.of("budget.job", "5.00"));

        assertThat(once(job, context(PhaseHistory.EMPTY, budget, Map.of(), started.plus(Duration.ofHours(2))))).isEmpty();
        List<Signal> over = once(job, context(PhaseHistory.EMPTY, budget, Map.of(), started.plus(Duration.ofMinutes(156))));
        assertThat(over).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Signal.Kind.COST);
            assertThat(s.detail()).isEqualTo("cost so far $5.20 (running so far) passed the budget of $5.00 (budget.job)");
        });
        assertThat(once(job, context(PhaseHistory.EMPTY, SignalRules.DEFAULTS, Map.of(), started.plus(Duration.ofHours(9)))))
                .extracting(Signal::kind).doesNotContain(Signal.Kind.COST);
    }

    @Test
    void aJobsOwnBudgetFromTheWizardOrLaunchBudget_firesAtItsAmount_overBudgetJob() {
        // $1.00 an hour on 2 instances: $2.20 after 1 h 06 min
        TrainingJob job = runningIn("alice-now", "Training", Duration.ofMinutes(1), "ml.m5.xlarge").toBuilder()
                .resources(new Resources("ml.m5.xlarge", 2, 30, 86_400, false, 0))
                .tags(Map.of("owner", "alice", dev.sagedeck.domain.RunTags.BUDGET_USD, "2.00")).build();
        Instant started = job.timing().started();
        SignalRules config = SignalRules.fromConfig(Map.of("budget.job", "50.00"));

        assertThat(once(job, context(PhaseHistory.EMPTY, config, Map.of(), started.plus(Duration.ofMinutes(54))))).isEmpty();
        assertThat(once(job, context(PhaseHistory.EMPTY, SignalRules.DEFAULTS, Map.of(), started.plus(Duration.ofMinutes(66)))))
                .singleElement().satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(Signal.Kind.COST);
                    assertThat(s.detail()).isEqualTo("cost so far $2.20 (running so far) passed the budget of $2.00 (this job's budget, set at launch)");
                });
    }

    @Test
    void aLogSilentFarLongerThanItsUsualGapIsSignalled() {
        TrainingJob job = runningIn("alice-now", "Training", Duration.ofMinutes(30), "ml.m5.xlarge");
        List<LogLine> lines = new ArrayList<>();
        Instant t = NOW.minus(Duration.ofMinutes(30));
        for (int i = 0; i < 20; i++) {
            lines.add(new LogLine(t.plusSeconds(30L * i), "algo-1", "[" + i + "] train-logloss:0.5"));
        }
        LogActivity a = LogActivity.NONE.seen(lines);
        Instant last = a.last();

        assertThat(once(job, context(PhaseHistory.EMPTY, SignalRules.DEFAULTS, Map.of("alice-now", a), last.plus(Duration.ofMinutes(9)))))
                .extracting(Signal::kind).doesNotContain(Signal.Kind.SILENT);
        assertThat(once(job, context(PhaseHistory.EMPTY, SignalRules.DEFAULTS, Map.of("alice-now", a), last.plus(Duration.ofMinutes(11)))))
                .filteredOn(s -> s.kind() == Signal.Kind.SILENT).singleElement()
                .satisfies(s -> assertThat(s.detail()).isEqualTo("no log line for 11 min; it usually writes one at least every 30 s"));
    }

    @Test
    void aLogWithTooFewLinesHasNoUsualGapYet() {
        LogActivity a = LogActivity.NONE.seen(List.of(new LogLine(NOW.minusSeconds(9000), "algo-1", "a"),
                new LogLine(NOW.minusSeconds(8990), "algo-1", "b")));

        assertThat(a.usualGap()).isNull();
        assertThat(once(runningIn("alice-now", "Training", Duration.ofMinutes(1), "ml.m5.xlarge"),
                context(PhaseHistory.EMPTY, SignalRules.DEFAULTS, Map.of("alice-now", a), NOW))).isEmpty();
    }

    @Test
    void aFailedJobsLastPhaseIsNotKeptAsANormalDuration() {
        TrainingJob failed = finished("alice-f", Duration.ofMinutes(2), "ml.m5.xlarge", NOW).toBuilder().status(JobStatus.FAILED)
                .transitions(List.of(new StatusTransition("Downloading", NOW.minusSeconds(900), NOW.minusSeconds(780), null),
                        new StatusTransition("Training", NOW.minusSeconds(780), NOW, null),
                        new StatusTransition("Failed", NOW, NOW, null)))
                .build();

        assertThat(PhaseRecord.of(failed).orElseThrow().phaseSeconds()).containsOnlyKeys("Downloading");
    }

    @Test
    void theHistoryKeepsEachJobOnceAndOnlyTheLast500() {
        PhaseRecord one = PhaseRecord.of(finished("alice-1", Duration.ofMinutes(1), "ml.m5.xlarge", NOW)).orElseThrow();
        List<PhaseRecord> many = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            many.add(new PhaseRecord("alice-" + i, Backend.SAGEMAKER, IMAGE, "ml.m5.xlarge", null, NOW.plusSeconds(i), Map.of("Downloading", 60L)));
        }

        assertThat(PhaseHistory.EMPTY.with(List.of(one)).with(List.of(one)).records()).hasSize(1);
        PhaseHistory pruned = PhaseHistory.EMPTY.with(many);
        assertThat(pruned.records()).hasSize(500);
        assertThat(pruned.records().get(0).job()).isEqualTo("alice-100");
    }

    @Test
    void aBudgetThatIsNotANumberIsAnErrorNamingTheKey() {
        assertThatThrownBy(() -> SignalRules.fromConfig(Map.of("budget.job", "five")))
                .hasMessage("budget.job=five is not a number");
        assertThatThrownBy(() -> SignalRules.fromConfig(Map.of("signals.bell", "loud")))
                .hasMessage("signals.bell=loud must be on or off");
        assertThat(SignalRules.fromConfig(Map.of("budget.job", "$5.00", "signals.bell", "off")))
                .satisfies(r -> {
                    assertThat(r.jobBudgetUsd()).isEqualTo(5.0);
                    assertThat(r.bell()).isFalse();
                });
    }
}
