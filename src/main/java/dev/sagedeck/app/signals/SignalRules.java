package dev.sagedeck.app.signals;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * When a signal is raised, from the config file ({@code budget.job}, {@code signals.*}). The
 * defaults are the documented thresholds (README "Signals"):
 * <ul>
 *   <li>a phase is stalled when it lasts more than {@code stallFactor} × the longest of my last
 *       comparable jobs and at least {@code stallSlack} longer (with {@code minComparable} of them);
 *       with fewer, when a phase other than Training lasts over {@code fixedPhaseLimit};</li>
 *   <li>a running job's log is silent when no line came for {@code silenceFactor} × its usual gap
 *       and at least {@code silenceFloor};</li>
 *   <li>runtime: past {@code runtimeFraction} of the max runtime; cost: past {@code jobBudgetUsd}.</li>
 * </ul>
 */
public record SignalRules(
        Double jobBudgetUsd,
        double runtimeFraction,
        double stallFactor,
        Duration stallSlack,
        int minComparable,
        Duration fixedPhaseLimit,
        double silenceFactor,
        Duration silenceFloor,
        boolean bell,
        boolean desktop) {

    public static final SignalRules DEFAULTS = new SignalRules(null, 0.8, 2.0, Duration.ofMinutes(5), 5,
            Duration.ofMinutes(30), 5.0, Duration.ofMinutes(10), true, true);

    /** The config keys read here, for the README and error messages. */
    public static final String BUDGET_JOB = "budget.job";
    public static final String BELL = "signals.bell";
    public static final String DESKTOP = "signals.desktop";
    public static final String PHASE_LIMIT = "signals.phase_limit_minutes";
    public static final String SILENCE_FACTOR = "signals.silence_factor";

    /**
     * The rules for a config's values (all keys, as read from config.properties). A value that is
     * not a number (or yes/no) is an error naming the key, never silently the default.
     */
    public static SignalRules fromConfig(Map<String, String> config) {
        SignalRules d = DEFAULTS;
        Double budget = number(config, BUDGET_JOB, null);
        if (budget != null && budget <= 0) {
            throw new IllegalArgumentException(BUDGET_JOB + " must be an amount in US dollars above 0, e.g. " + BUDGET_JOB + "=5.00");
        }
        Double limit = number(config, PHASE_LIMIT, (double) d.fixedPhaseLimit().toMinutes());
        Double silence = number(config, SILENCE_FACTOR, d.silenceFactor());
        if (limit <= 0 || silence <= 0) {
            throw new IllegalArgumentException(PHASE_LIMIT + " and " + SILENCE_FACTOR + " must be above 0");
        }
        return new SignalRules(budget, d.runtimeFraction(), d.stallFactor(), d.stallSlack(), d.minComparable(),
                Duration.ofSeconds(Math.round(limit * 60)), silence, d.silenceFloor(),
                flag(config, BELL, d.bell()), flag(config, DESKTOP, d.desktop()));
    }

    /** These rules with a per-job budget in US dollars (null: none). */
    public SignalRules withBudget(Double usd) {
        return new SignalRules(usd, runtimeFraction, stallFactor, stallSlack, minComparable, fixedPhaseLimit, silenceFactor,
                silenceFloor, bell, desktop);
    }

    /** These rules without the max-runtime signal (tests of other signals on long jobs). */
    SignalRules withoutRuntime() {
        return new SignalRules(jobBudgetUsd, Double.MAX_VALUE, stallFactor, stallSlack, minComparable, fixedPhaseLimit,
                silenceFactor, silenceFloor, bell, desktop);
    }

    private static Double number(Map<String, String> config, String key, Double fallback) {
        String v = config.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            double x = Double.parseDouble(v.trim().replace("$", ""));
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                throw new NumberFormatException();
            }
            return x;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + v + " is not a number");
        }
    }

    private static boolean flag(Map<String, String> config, String key, boolean fallback) {
        String v = config.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "on": case "true": case "yes": case "1": return true;
            case "off": case "false": case "no": case "0": return false;
            default: throw new IllegalArgumentException(key + "=" + v + " must be on or off");
        }
    }
}
