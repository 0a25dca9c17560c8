package dev.sagedeck.domain;

/**
 * A job's own metric rule (SageMaker {@code AlgorithmSpecification.MetricDefinitions}): a metric name
 * and a regular expression whose first group captures the value from a log line.
 */
public record MetricDefinition(String name, String regex) {}
