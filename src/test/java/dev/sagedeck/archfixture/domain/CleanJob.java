package dev.sagedeck.archfixture.domain;

import java.time.Instant;

/** Fixture: a domain record that depends only on the JDK (allowed). */
public record CleanJob(String name, Instant created) {}
