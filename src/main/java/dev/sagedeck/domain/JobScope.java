package dev.sagedeck.domain;

/** Which jobs a listing shows: only the caller's own, or every job in the account. */
public enum JobScope {
    MINE,
    ALL
}
