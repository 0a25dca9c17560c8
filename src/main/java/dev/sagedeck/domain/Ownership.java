package dev.sagedeck.domain;

/**
 * Who "I" am and how a job is recognised as mine: its owner tag (key {@code tagKey}) equals
 * {@code owner}, or its name starts with {@code namePrefix} (by default {@code <owner>-}).
 */
public record Ownership(String owner, String tagKey, String namePrefix) {
    public static final String DEFAULT_TAG_KEY = "owner";

    /** The default rule for an owner: tag {@code owner}, name prefix {@code <owner>-}. */
    public static Ownership of(String owner) {
        return new Ownership(owner, DEFAULT_TAG_KEY, owner == null ? null : owner + "-");
    }

    public boolean known() {
        return owner != null && !owner.isBlank();
    }

    /** True when the job carries my owner tag or my name prefix. */
    public boolean isMine(TrainingJob job) {
        if (!known()) {
            return false;
        }
        String tagged = job.tags().get(tagKey);
        if (owner.equals(tagged)) {
            return true;
        }
        if (owner.equals(job.owner())) {
            return true;
        }
        return namePrefix != null && !namePrefix.isEmpty() && job.name().startsWith(namePrefix);
    }
}
