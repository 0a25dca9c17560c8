package dev.sagedeck.domain.tuning;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.Channel;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.TrainingJob;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One configuration's time, for a search's expected wall time: measured on the newest completed job
 * with the same data and algorithm (a run or a configuration of a search, on the search's backend
 * first, else the other one), or estimated when there is none. The one rule for the wizard's review
 * and {@code tune --dry-run}.
 *
 * A time measured on this machine for a SageMaker search has SageMaker's start-up added
 * ({@link TuningCost#SAGEMAKER_START_UP_SECONDS}): a local run never provisions an instance or
 * downloads an image, and every SageMaker training job does.
 *
 * @param job     the job it was measured on, null when estimated
 * @param backend where that job ran, null when estimated
 * @param startUp seconds of SageMaker's start-up added to the measure (0: none)
 */
public record OneJobTime(long seconds, String job, Backend backend, long startUp) {
    public OneJobTime(long seconds, String job, Backend backend) {
        this(seconds, job, backend, 0);
    }

    /** SageMaker's start-up (2-4 min) plus training a small data set. */
    public static final OneJobTime ESTIMATED_SAGEMAKER = new OneJobTime(TuningCost.ESTIMATED_JOB_SECONDS, null, null);
    /** A small data set on this machine. */
    public static final OneJobTime ESTIMATED_LOCAL = new OneJobTime(30, null, null);

    public boolean measured() {
        return job != null;
    }

    /** "measured on JOB (local)", with SageMaker's start-up when it was added, or "estimated: ...", as the review and the dry run say it. */
    public String how() {
        if (measured()) {
            String on = "measured on " + job + " (" + backend.label() + ")";
            return startUp == 0 ? on : on + " plus " + startUp + " s of SageMaker's start-up (instances, image and data download)";
        }
        return equals(ESTIMATED_SAGEMAKER) ? "estimated: SageMaker's start-up plus a small data set; no job on this data measured yet"
                : "estimated: a small data set on this machine; no run on this data measured yet";
    }

    /** The time for a search of {@code base}, from {@code jobs} (any order, any backend). */
    public static OneJobTime of(List<TrainingJob> jobs, LaunchSpec base) {
        Optional<TrainingJob> same = newest(jobs, base, true);
        Optional<TrainingJob> any = same.isPresent() ? same : newest(jobs, base, false);
        if (any.isPresent()) {
            TrainingJob j = any.get();
            long startUp = j.backend() == Backend.LOCAL && base.backend() == Backend.SAGEMAKER ? TuningCost.SAGEMAKER_START_UP_SECONDS : 0;
            return new OneJobTime(seconds(j) + startUp, j.name(), j.backend(), startUp);
        }
        return base.backend() == Backend.LOCAL ? ESTIMATED_LOCAL : ESTIMATED_SAGEMAKER;
    }

    private static Optional<TrainingJob> newest(List<TrainingJob> jobs, LaunchSpec base, boolean sameBackend) {
        java.util.Map<String, TrainingJob> byName = new java.util.HashMap<>();
        jobs.forEach(j -> byName.put(j.name(), j));
        return jobs.stream()
                .filter(j -> JobStatus.COMPLETED.equals(j.status()) && seconds(j) > 0)
                .filter(j -> !sameBackend || j.backend() == base.backend())
                .filter(j -> !TuningTags.LOCAL_SEARCH.equals(j.tags().get(TuningTags.KIND))) // a search's own record times the whole search
                .filter(j -> sameData(dataOf(j, byName), base) && sameAlgorithm(j, base))
                .max(Comparator.comparing(j -> j.timing().ended()));
    }

    /** A local search's configuration reads the data its search staged: the search's own record says what that data is. */
    private static TrainingJob dataOf(TrainingJob j, java.util.Map<String, TrainingJob> byName) {
        String search = j.tags().get(TuningTags.TUNING_JOB);
        return j.backend() == Backend.LOCAL && search != null && byName.containsKey(search) ? byName.get(search) : j;
    }

    /** From creation (SageMaker's start-up included) or start to the end, in whole seconds rounded up; 0 when unknown. */
    static long seconds(TrainingJob j) {
        if (j.timing() == null || j.timing().ended() == null) return 0;
        Instant from = j.timing().created() != null ? j.timing().created() : j.timing().started();
        if (from == null || j.timing().ended().isBefore(from)) return 0;
        long millis = Duration.between(from, j.timing().ended()).toMillis();
        return Math.max(1, (millis + 999) / 1000); // a configuration of the sample takes under a second: that is a measure too
    }

    /** The training channel holds the same sample, or a file of the same name (a local file and its upload). */
    static boolean sameData(TrainingJob j, LaunchSpec base) {
        String train = j.channels().stream().filter(c -> "train".equals(c.name())).map(Channel::uri).findFirst().orElse(null);
        if (train == null || base.data() == null) return false;
        if (base.data().sample() != null) return train.equals("sample:" + base.data().sample());
        return base.data().train() != null && fileName(train).equals(fileName(base.data().train()));
    }

    /** Both built-in XGBoost, or both the same entry point. */
    static boolean sameAlgorithm(TrainingJob j, LaunchSpec base) {
        String image = j.image() == null ? "" : j.image();
        String program = j.hyperParameters().get("sagemaker_program");
        boolean script = program != null || (image.startsWith("local: ") && !image.contains("XGBoost"));
        if (base.script() == null) return !script;
        String entry = fileName(base.script().entryPoint());
        return script && (program != null ? fileName(program.replace("\"", "")).equals(entry) : image.endsWith(entry));
    }

    private static String fileName(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
