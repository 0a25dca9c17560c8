package dev.sagedeck.cli;

/** What the command line says about arguments it cannot use, in one place (see {@link ArgumentErrors}). */
final class ArgumentText {
    private ArgumentText() {}

    static final String PREFIX = "sagedeck: ";
    static final String SEE_HELP = "See %s --help.";
    static final String UNKNOWN_COMMAND = "unknown command '%s'";
    static final String UNKNOWN_OPTION = "%s has no option %s";
    static final String DID_YOU_MEAN = "; did you mean %s?";
    static final String COMMANDS = "; the commands are: %s";
    static final String KEYS_INSTEAD = "; sagedeck keys lists every key of the dashboard";
    static final String EXTRA_ARGUMENT = "unexpected '%s': %s";
    static final String TAKES_NOTHING = "%s takes no job names or other words, only options";
    static final String TAKES_ONE = "%s takes one %s";
    static final String NEEDS_ONE = "%s needs %s";
    static final String NEEDS_MANY = "%s needs at least %s %s";
    static final String NEEDS_OPTION = "%s needs %s %s (%s)";
    static final String NOT_AN_OPTION = "; %s is not an option, did you mean %s?";
    static final String NEEDS_VALUE = "%s needs a value (%s %s: %s)";
    static final String NEEDS_VALUE_FOUND_OPTION = "%s needs a value before %s (%s %s: %s)";
    static final String GIVEN_TWICE = "%s is given twice; give it once";
    static final String NOT_A_WHOLE_NUMBER = "%s needs a whole number, not '%s'";
    static final String NOT_A_NUMBER = "%s needs a number, not '%s'";
    static final String SWITCH_TAKES_NO_VALUE = "%s is a switch and takes no value (got '%s'); write just %s";
    static final String NOT_ONE_OF = "%s must be one of %s, not '%s'";
    static final String BAD_VALUE = "%s cannot use '%s': %s";
    static final String BUNDLED_FILE = "%s is not in this directory: using the bundled sample's copy, %s";

    /** The file a {@code --test} option reads: as typed, or the bundled sample's (said on stderr). */
    static java.nio.file.Path testFile(dev.sagedeck.Wiring wiring, java.nio.file.Path typed, java.io.PrintWriter err) {
        java.nio.file.Path file = wiring.testFile(typed);
        if (file != null && !file.equals(typed)) {
            err.println(BUNDLED_FILE.formatted(typed, file));
            err.flush();
        }
        return file;
    }

    /** "a job name", "a file" ... for a positional parameter's label; the plural drops the article. */
    static String noun(String label) {
        String l = label.replaceAll("[<>.]", "").toLowerCase(java.util.Locale.ROOT);
        return "job".equals(l) ? "job name" : l;
    }

    static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    static String count(int n) {
        return switch (n) {
            case 2 -> "two";
            case 3 -> "three";
            default -> Integer.toString(n);
        };
    }
}
