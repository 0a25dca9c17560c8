package dev.sagedeck.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * The global options a subcommand runs with: its own, completed by any given before the subcommand
 * name ({@code sagedeck --owner alice jobs} and {@code sagedeck jobs --owner alice} mean the same).
 */
final class Globals {
    private Globals() {}

    static GlobalOptions of(CommandSpec spec, GlobalOptions own) {
        GlobalOptions merged = new GlobalOptions();
        GlobalOptions parent = null;
        if (spec.parent() != null && spec.parent().userObject() instanceof SagedeckCommand root) {
            parent = root.global;
        }
        GlobalOptions o = own != null ? own : new GlobalOptions();
        merged.owner = first(o.owner, parent == null ? null : parent.owner);
        merged.profile = first(o.profile, parent == null ? null : parent.profile);
        merged.region = first(o.region, parent == null ? null : parent.region);
        merged.endpointUrl = first(o.endpointUrl, parent == null ? null : parent.endpointUrl);
        merged.localOnly = o.localOnly || (parent != null && parent.localOnly);
        return merged;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
