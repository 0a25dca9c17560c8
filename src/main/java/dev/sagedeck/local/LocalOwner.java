package dev.sagedeck.local;

import dev.sagedeck.domain.Ownership;

/**
 * Who owns local runs. When no owner is configured ({@code --owner}, {@code SAGEDECK_OWNER}, the
 * config file), local jobs belong to the OS user ({@code user.name}): on one's own machine that is
 * unambiguous. Never used for SageMaker jobs, where every notebook user may be {@code ec2-user}.
 */
public final class LocalOwner {
    private LocalOwner() {}

    public static Ownership resolve(Ownership configured) {
        if (configured != null && configured.known()) {
            return configured;
        }
        String user = System.getProperty("user.name", "user");
        String tagKey = configured != null && configured.tagKey() != null ? configured.tagKey() : Ownership.DEFAULT_TAG_KEY;
        return new Ownership(user, tagKey, user + "-");
    }
}
