package dev.sagedeck.sagemaker;

import dev.sagedeck.config.Paths;
import dev.sagedeck.domain.AwsStatus;
import dev.sagedeck.domain.NotebookInstance;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.Price;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.MetricDefinitions;
import dev.sagedeck.port.Prices;
import dev.sagedeck.port.TrainingJobs;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Everything AWS the composition root hands out, built once per process so the call budget and
 * caches are shared: whether AWS is configured (and why not), the SageMaker backend, who we are
 * for the audit log, prices, and the notebook instance we run on. Not configured is a normal
 * state: local jobs keep working and {@link #status()} carries the one-line reason.
 */
public final class AwsSetup implements AutoCloseable {
    /** Environment variable that moves the notebook metadata file (tests; unusual images). */
    public static final String NOTEBOOK_METADATA_VARIABLE = "SAGEDECK_NOTEBOOK_METADATA";

    private final AwsStatus status;
    private final AwsConnection connection;
    private volatile SageMakerTrainingJobs jobs;
    private final Prices prices;
    private final Supplier<String> caller;
    private final NotebookMetadata notebookMetadata;
    private volatile Optional<NotebookInstance> notebook;

    private AwsSetup(AwsStatus status, AwsConnection connection, SageMakerTrainingJobs jobs, Prices prices,
            Supplier<String> caller, NotebookMetadata notebookMetadata) {
        this.status = status;
        this.connection = connection;
        this.jobs = jobs;
        this.prices = prices;
        this.caller = caller;
        this.notebookMetadata = notebookMetadata;
    }

    /** Resolves AWS from options and environment; never throws for a missing region or credentials. */
    public static AwsSetup create(AwsOptions options, Supplier<Ownership> me, Paths paths, AwsTuning tuning,
            Clock clock) {
        String metaFile = options.env(NOTEBOOK_METADATA_VARIABLE);
        NotebookMetadata meta = NotebookMetadata.read(metaFile != null ? Path.of(metaFile) : NotebookMetadata.DEFAULT_FILE);
        AwsConnection connection;
        try {
            connection = AwsConnection.open(options, tuning, meta);
        } catch (BackendException e) {
            return unavailable(e.getMessage(), meta);
        }
        Path cache = paths.cacheDir().resolve("sagemaker").resolve(scope(connection, options));
        SageMakerTrainingJobs jobs = new SageMakerTrainingJobs(connection, me, cache, clock);
        Prices prices = new SageMakerPrices(connection.region(), paths.stateDir().resolve("prices.properties"),
                paths.cacheDir(), connection, clock);
        AwsSetup setup = new AwsSetup(connection.status(), connection, jobs, prices, new CallerIdentity(connection), meta);
        // launches default to the notebook instance's role, looked up only when a launch needs it
        setup.jobs = jobs.withDefaultRole(() -> setup.notebookInstance().map(NotebookInstance::roleArn).orElse(null));
        return setup;
    }

    /** AWS off for a reason said in one line (e.g. a bad {@code aws.*} setting): local jobs keep working. */
    public static AwsSetup unavailable(AwsOptions options, String problem) {
        String metaFile = options.env(NOTEBOOK_METADATA_VARIABLE);
        return unavailable(problem, NotebookMetadata.read(metaFile != null ? Path.of(metaFile) : NotebookMetadata.DEFAULT_FILE));
    }

    private static AwsSetup unavailable(String problem, NotebookMetadata meta) {
        return new AwsSetup(AwsStatus.notConfigured(problem), null, null, type -> Optional.empty(),
                () -> "unknown caller (AWS not configured: " + problem + ")", meta);
    }

    /** Finished jobs are cached per region, and apart for each endpoint override (a test server is not AWS). */
    private static String scope(AwsConnection c, AwsOptions o) {
        URI e = c.status().endpoint() == null ? null : URI.create(c.status().endpoint());
        return e == null ? c.region() : c.region() + "@" + e.getHost() + "-" + e.getPort();
    }

    /** Configured or not, with region/profile/credential source, or the one-line problem. */
    public AwsStatus status() {
        return status;
    }

    /** The SageMaker backend, when AWS is configured. */
    public Optional<TrainingJobs> trainingJobs() {
        return Optional.ofNullable(jobs);
    }

    /** The SageMaker backend reporting upload/download progress to {@code progress}, when AWS is configured. */
    public Optional<TrainingJobs> trainingJobs(dev.sagedeck.port.TransferProgress progress) {
        return Optional.ofNullable(jobs).map(j -> j.withProgress(progress));
    }

    /** SageMaker hyperparameter tuning jobs (uploads report to {@code progress}), when AWS is configured. */
    public Optional<dev.sagedeck.port.TuningJobs> tuningJobs(Supplier<Ownership> me, dev.sagedeck.port.TransferProgress progress) {
        if (connection == null) return Optional.empty();
        return Optional.of(new SageMakerTuningJobs(connection, me,
                () -> notebookInstance().map(NotebookInstance::roleArn).orElse(null), prices, java.time.Clock.systemDefaultZone(), progress));
    }

    /** Dry runs and pre-submit checks for SageMaker launches, when AWS is configured. */
    public Optional<SageMakerLaunchPlanning> launchPlanning() {
        return Optional.ofNullable(jobs).map(SageMakerTrainingJobs::planning);
    }

    /** S3 browsing (one level under a prefix) for the wizard, when AWS is configured. */
    public Optional<dev.sagedeck.port.ObjectStore> objectStore() {
        return Optional.ofNullable(connection).map(S3ObjectStore::new);
    }

    /** A job's MetricDefinitions, for parsing its log lines (empty when not configured). */
    public MetricDefinitions metricDefinitions() {
        return jobs != null ? jobs : name -> List.of();
    }

    /** Who we are for the audit log: the STS caller ARN, asked once; never throws. */
    public Supplier<String> callerIdentity() {
        return caller;
    }

    /** Hourly training prices in our region (always empty when AWS is not configured); may call AWS. */
    public Prices prices() {
        return prices;
    }

    /** The prices known without any call (own file, cached answers, bundled table), by instance type. */
    public Map<String, Price> knownPrices() {
        return prices.known();
    }

    /**
     * The notebook instance we run on, looked up once (DescribeNotebookInstance gives its type and
     * role); empty off SageMaker.
     */
    public Optional<NotebookInstance> notebookInstance() {
        Optional<NotebookInstance> known = notebook;
        if (known == null) {
            known = NotebookInstances.detect(notebookMetadata, connection);
            notebook = known;
        }
        return known;
    }

    /** Calls made so far, by operation (diagnostics and benchmarks). */
    public Map<String, Long> callCounts() {
        return connection == null ? Map.of() : connection.callCounts();
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
    }
}
