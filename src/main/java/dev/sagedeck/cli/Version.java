package dev.sagedeck.cli;

import picocli.CommandLine;

/** Reads the version Maven wrote into the jar manifest (or "dev" when run from classes). */
public final class Version implements CommandLine.IVersionProvider {
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"sagedeck " + current()};
    }
}
