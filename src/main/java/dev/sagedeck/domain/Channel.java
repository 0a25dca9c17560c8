package dev.sagedeck.domain;

/** An input data channel: its name, where the data is, and how it is read. */
public record Channel(String name, String uri, String contentType, String distribution) {}
