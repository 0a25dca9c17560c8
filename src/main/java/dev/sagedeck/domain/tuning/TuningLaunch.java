package dev.sagedeck.domain.tuning;

import dev.sagedeck.domain.LaunchSpec;

/**
 * A search to start: {@code base} is what every configuration shares (backend, name, data, fixed
 * hyperparameters, resources, role, output), {@code plan} what varies and how.
 */
public record TuningLaunch(LaunchSpec base, TuningPlan plan) {}
