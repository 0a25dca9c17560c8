package dev.sagedeck.domain;

/** A named metric value such as {@code validation:logloss = 0.43}. */
public record Metric(String name, double value) {}
