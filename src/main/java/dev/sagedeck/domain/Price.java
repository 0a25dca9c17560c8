package dev.sagedeck.domain;

/**
 * An on-demand hourly price in US dollars for one instance type, with where it came from
 * ({@code source}), so the UI can label a bundled approximation as such.
 */
public record Price(String instanceType, double usdPerHour, String source) {

    /** The cost of {@code seconds} of {@code instances} instances at this price. */
    public double costOf(long seconds, int instances) {
        return usdPerHour * instances * seconds / 3600.0;
    }
}
