package dev.sagedeck.sagemaker;

import dev.sagedeck.port.ConfigException;
import dev.sagedeck.config.Settings;
import java.time.Duration;

/**
 * How patient and how frugal the AWS clients are: timeouts for every call, SDK retry attempts and
 * back-off, and the client-side call budget per process. Defaults suit a dashboard on a shared
 * account; tests pass short timeouts so fault scenarios finish in a second.
 *
 * @param apiCallTimeout   the whole call, retries included
 * @param attemptTimeout   one HTTP attempt
 * @param connectTimeout   opening the TCP connection
 * @param maxAttempts      SDK attempts per call (STANDARD retry strategy)
 * @param backoffBase      first retry delay after an error (grows exponentially, jittered)
 * @param throttleBackoff  first retry delay after throttling
 * @param listPerSecond    ListTrainingJobs budget (the account-wide quota is 2/s, not adjustable)
 * @param controlPerSecond Search, Describe, ListTags, Stop and friends
 * @param logsPerSecond    every CloudWatch Logs call
 * @param statusTtl        how long a log follower trusts a running job's last status
 */
public record AwsTuning(
        Duration apiCallTimeout,
        Duration attemptTimeout,
        Duration connectTimeout,
        int maxAttempts,
        Duration backoffBase,
        Duration throttleBackoff,
        double listPerSecond,
        double controlPerSecond,
        double logsPerSecond,
        Duration statusTtl) {

    public static final AwsTuning DEFAULTS = new AwsTuning(
            Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(3), 5,
            Duration.ofMillis(100), Duration.ofSeconds(1), 1, 3, 5, Duration.ofSeconds(10));

    /** The defaults, with any {@code aws.*} keys of the config file applied; a bad value throws a {@link ConfigException}. */
    public static AwsTuning fromSettings(Settings s) {
        AwsTuning d = DEFAULTS;
        return new AwsTuning(
                seconds(s, "aws.timeout.call", d.apiCallTimeout, 0.1),
                seconds(s, "aws.timeout.attempt", d.attemptTimeout, 0.1),
                seconds(s, "aws.timeout.connect", d.connectTimeout, 0.1),
                (int) number(s, "aws.retry.attempts", d.maxAttempts, 1, 20),
                d.backoffBase,
                d.throttleBackoff,
                number(s, "aws.budget.list-per-second", d.listPerSecond, 0.1, 2),
                number(s, "aws.budget.control-per-second", d.controlPerSecond, 0.1, 20),
                number(s, "aws.budget.logs-per-second", d.logsPerSecond, 0.1, 20),
                seconds(s, "aws.logs.status-ttl", d.statusTtl, 0));
    }

    private static Duration seconds(Settings s, String key, Duration fallback, double min) {
        return Duration.ofMillis((long) (number(s, key, fallback.toMillis() / 1000.0, min, 3600) * 1000));
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static double number(Settings s, String key, double fallback, double min, double max) {
        String v = s.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v);
            if (d < min || d > max) {
                throw new IllegalArgumentException();
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(s.file(), key, "'" + v + "' is not a number between " + plain(min) + " and " + plain(max));
        }
    }
}
