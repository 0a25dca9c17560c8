package dev.sagedeck.domain;

/**
 * Who "I" am and whose a job is — the one rule every view, command and backend asks. A job's owner
 * is its owner tag (key {@code tagKey}) when it has one, else the owner its backend recorded (a
 * local run's record); only a job with no owner tag at all whose tags are known is mine by its
 * name prefix ({@code <owner>-} by default). With no owner configured, I am the OS user
 * ({@code osUser} is then true, so the dashboard can still ask once).
 */
public record Ownership(String owner, String tagKey, String namePrefix, boolean osUser) {
    public static final String DEFAULT_TAG_KEY = "owner";

    /** A configured owner. */
    public Ownership(String owner, String tagKey, String namePrefix) {
        this(owner, tagKey, namePrefix, false);
    }

    /** The default rule for an owner: tag {@code owner}, name prefix {@code <owner>-}. */
    public static Ownership of(String owner) {
        return new Ownership(owner, DEFAULT_TAG_KEY, owner == null ? null : owner + "-");
    }

    /**
     * Me from the settings: the configured owner, else the OS user. Tag key defaults to
     * {@code owner}, the prefix to {@code <owner>-}.
     */
    public static Ownership resolve(String configured, String tagKey, String prefix, String osUser) {
        boolean fromOs = configured == null || configured.isBlank();
        String who = fromOs ? (osUser == null || osUser.isBlank() ? null : osUser) : configured;
        String key = tagKey == null || tagKey.isBlank() ? DEFAULT_TAG_KEY : tagKey;
        String p = prefix != null && !fromOs ? prefix : who == null ? null : who + "-";
        return new Ownership(who, key, p, fromOs && who != null);
    }

    public boolean known() {
        return owner != null && !owner.isBlank();
    }

    /** The same rule for another owner name (the dashboard's first-run answer). */
    public Ownership withOwner(String name) {
        return new Ownership(name, tagKey, name + "-", false);
    }

    /**
     * Whose job this is, or null when that cannot be told: the owner tag when present (even for a
     * name with my prefix), else the backend's recorded owner, else me when its tags are known to
     * hold no owner tag and its name has my prefix.
     */
    public String ownerOf(TrainingJob job) {
        String tagged = tagKey == null ? null : job.tags().get(tagKey);
        if (tagged != null) {
            return tagged;
        }
        if (job.owner() != null) {
            return job.owner();
        }
        if (job.tagsKnown() && known() && namePrefix != null && !namePrefix.isEmpty() && job.name().startsWith(namePrefix)) {
            return owner;
        }
        return null;
    }

    /** True when {@link #ownerOf} the job is me. */
    public boolean isMine(TrainingJob job) {
        return known() && owner.equals(ownerOf(job));
    }
}
