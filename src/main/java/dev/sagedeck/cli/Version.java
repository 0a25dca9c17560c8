package dev.sagedeck.cli;

import picocli.CommandLine;

/** Reads the version Maven wrote into the jar manifest (or "dev" when run from classes). */
public final class Version implements CommandLine.IVersionProvider {
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** What {@code sagedeck --version} prints. */
    public static String line() {
        return "sagedeck " + current();
    }

    /** True for exactly {@code --version} or {@code -V}, which Main answers without building the command line. */
    public static boolean asked(String[] args) {
        return args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]));
    }

    @Override
    public String[] getVersion() {
        return new String[] {line()};
    }
}
