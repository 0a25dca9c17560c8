package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.UrlCredentials;
import dev.sagedeck.domain.AwsStatus;
import dev.sagedeck.port.BackendException;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.pricing.PricingClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The AWS clients sagedeck uses, built once from an {@link AwsResolution}: one HTTP client with
 * connect/socket timeouts, the STANDARD retry strategy, a timeout on every call and attempt, and
 * the endpoint overrides. Every call goes through {@link #call}, which spends the per-process
 * budget, counts the call and translates failures into {@link BackendException}s.
 */
public final class AwsConnection implements AutoCloseable {

    /** The client-side budgets; each is one token bucket shared by the whole process. */
    enum Budget { LIST, CONTROL, LOGS }

    /** The Price List API answers only in a few regions; us-east-1 serves every region's prices. */
    static final Region PRICING_REGION = Region.US_EAST_1;

    private final AwsResolution resolution;
    private final AwsTuning tuning;
    private final SdkHttpClient http;
    private final Map<Budget, RateLimiter> budgets;
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private volatile SageMakerClient sageMaker;
    private volatile CloudWatchLogsClient logs;
    private volatile S3Client s3;
    private volatile StsClient sts;
    private volatile PricingClient pricing;
    private volatile IamClient iam;

    AwsConnection(AwsResolution resolution, AwsTuning tuning, RateLimiter.Ticker ticker) {
        this.resolution = resolution;
        this.tuning = tuning;
        this.http = UrlConnectionHttpClient.builder()
                .connectionTimeout(tuning.connectTimeout())
                .socketTimeout(tuning.attemptTimeout())
                .build();
        this.budgets = Map.of(
                Budget.LIST, new RateLimiter(tuning.listPerSecond(), 1, ticker),
                Budget.CONTROL, new RateLimiter(tuning.controlPerSecond(), (int) Math.max(1, tuning.controlPerSecond()), ticker),
                Budget.LOGS, new RateLimiter(tuning.logsPerSecond(), (int) Math.max(1, tuning.logsPerSecond()), ticker));
    }

    /** Resolves region, credentials and endpoints; NOT_CONFIGURED (one line) when something is missing. */
    public static AwsConnection open(AwsOptions options, AwsTuning tuning) {
        return open(options, tuning, NotebookMetadata.absent());
    }

    static AwsConnection open(AwsOptions options, AwsTuning tuning, NotebookMetadata notebook) {
        return new AwsConnection(AwsResolution.resolve(options, notebook.region(), notebook.present()), tuning,
                RateLimiter.Ticker.SYSTEM);
    }

    public String region() {
        return resolution.region();
    }

    public AwsStatus status() {
        return resolution.status();
    }

    AwsTuning tuning() {
        return tuning;
    }

    /** How many calls of each operation this connection has made (for benchmarks and tests). */
    public Map<String, Long> callCounts() {
        Map<String, Long> out = new TreeMap<>();
        calls.forEach((op, n) -> out.put(op, n.sum()));
        return out;
    }

    /**
     * Runs one AWS operation: waits for the budget, then calls; SDK failures become
     * BackendExceptions naming {@code operation}.
     */
    <T> T call(Budget budget, AwsService service, String operation, Supplier<T> call) {
        try {
            budgets.get(budget).acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException(BackendException.Kind.UNAVAILABLE, operation + " was interrupted");
        }
        calls.computeIfAbsent(operation, k -> new LongAdder()).increment();
        try {
            return call.get();
        } catch (SdkException e) {
            throw AwsErrors.translate(operation, e, where(service));
        }
    }

    /** The endpoint a service's calls go to, in words for error messages. */
    String where(AwsService service) {
        URI override = resolution.endpoints().get(service);
        return override != null ? UrlCredentials.hide(override.toString()) : service.label() + " in " + region();
    }

    SageMakerClient sageMaker() {
        if (sageMaker == null) {
            synchronized (this) {
                if (sageMaker == null) {
                    sageMaker = configure(SageMakerClient.builder(), AwsService.SAGEMAKER, region()).build();
                }
            }
        }
        return sageMaker;
    }

    CloudWatchLogsClient logs() {
        if (logs == null) {
            synchronized (this) {
                if (logs == null) {
                    logs = configure(CloudWatchLogsClient.builder(), AwsService.LOGS, region()).build();
                }
            }
        }
        return logs;
    }

    S3Client s3() {
        if (s3 == null) {
            synchronized (this) {
                if (s3 == null) {
                    URI e = resolution.endpoints().get(AwsService.S3);
                    // Virtual-host addressing needs DNS names like bucket.localhost; local endpoints can't serve that.
                    boolean pathStyle = e != null && (e.getHost() == null || !e.getHost().endsWith("amazonaws.com"));
                    s3 = configure(S3Client.builder(), AwsService.S3, region()).forcePathStyle(pathStyle).build();
                }
            }
        }
        return s3;
    }

    StsClient sts() {
        if (sts == null) {
            synchronized (this) {
                if (sts == null) {
                    sts = configure(StsClient.builder(), AwsService.STS, region()).build();
                }
            }
        }
        return sts;
    }

    PricingClient pricing() {
        if (pricing == null) {
            synchronized (this) {
                if (pricing == null) {
                    pricing = configure(PricingClient.builder(), AwsService.PRICING, PRICING_REGION.id()).build();
                }
            }
        }
        return pricing;
    }

    /** IAM is global: one endpoint per partition, signed for its global region. */
    IamClient iam() {
        if (iam == null) {
            synchronized (this) {
                if (iam == null) {
                    String r = region();
                    Region global = r.startsWith("cn-") ? Region.AWS_CN_GLOBAL
                            : r.startsWith("us-gov-") ? Region.AWS_US_GOV_GLOBAL : Region.AWS_GLOBAL;
                    iam = configure(IamClient.builder(), AwsService.IAM, global.id()).build();
                }
            }
        }
        return iam;
    }

    private <B extends AwsClientBuilder<B, ?> & software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<B, ?>>
            B configure(B builder, AwsService service, String region) {
        builder.region(Region.of(region))
                .credentialsProvider(resolution.credentials())
                .httpClient(http)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(new WebPagesAreNotRetried(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(tuning.maxAttempts())
                                .backoffStrategy(BackoffStrategy.exponentialDelay(tuning.backoffBase(),
                                        java.time.Duration.ofSeconds(20)))
                                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(tuning.throttleBackoff(),
                                        java.time.Duration.ofSeconds(20)))
                                .build()))
                        .apiCallTimeout(tuning.apiCallTimeout())
                        .apiCallAttemptTimeout(tuning.attemptTimeout())
                        .build());
        URI endpoint = resolution.endpoints().get(service);
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder;
    }

    @Override
    public void close() {
        for (AutoCloseable c : new AutoCloseable[] {sageMaker, logs, s3, sts, pricing, iam}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // closing is best effort; the shared HTTP client is closed below either way
                }
            }
        }
        http.close();
    }
}
