package dev.sagedeck.domain;

/** Script mode: the user's entry point, its source directory and the framework container that runs it. */
public record ScriptSpec(String entryPoint, String sourceDir, String framework, String frameworkVersion) {}
