package dev.sagedeck.app;

import dev.sagedeck.app.keys.Keymap;
import dev.sagedeck.domain.Ownership;

/**
 * What stays fixed while the dashboard runs: version, who I am, which backends are on, the AWS
 * status line, the notebook instance, read-only mode and the key bindings.
 */
public record Session(
        String version,
        Ownership ownership,
        String backends,
        String awsStatus,
        String notebook,
        boolean readOnly,
        Keymap keymap) {

    public Session withOwnership(Ownership o) {
        return new Session(version, o, backends, awsStatus, notebook, readOnly, keymap);
    }
}
