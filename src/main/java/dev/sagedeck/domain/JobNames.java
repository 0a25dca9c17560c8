package dev.sagedeck.domain;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Training job names: the default {@code <owner>-<base>-<yyyymmdd-hhmmss>-<xxxx>} and SageMaker's rule
 * (pattern {@code [a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}}: ASCII letters, digits and hyphens, starting and
 * ending with a letter or digit, at most 63 characters), with a message that names the violation.
 */
public final class JobNames {
    private JobNames() {}

    public static final int MAX_LENGTH = 63;
    /** Length of the tail that tells apart names made in the same second. */
    public static final int SUFFIX_LENGTH = 4;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final long SUFFIXES = 36L * 36 * 36 * 36;
    // Starts at a random point per process (two processes launching in one second differ with
    // probability 1 - 1/36^4) and counts up (launches from one process never repeat a suffix).
    private static final AtomicLong NEXT = new AtomicLong(new SecureRandom().nextLong() & Long.MAX_VALUE);

    /**
     * The default name. Owner and base are cleaned to the allowed characters (an OS user such as
     * {@code ec2_user} becomes {@code ec2-user}) and the base is shortened so the whole fits 63. The
     * four-character tail makes names started in the same second different, in one process or several.
     */
    public static String generate(String owner, String base, LocalDateTime time) {
        return generate(owner, base, time, suffix(NEXT.getAndIncrement()));
    }

    /** The default name with a given tail (lower-case letters and digits). */
    static String generate(String owner, String base, LocalDateTime time, String suffix) {
        String stamp = STAMP.format(time) + "-" + suffix;
        String who = clean(owner);
        String what = clean(base);
        if (what.isEmpty()) {
            what = "job";
        }
        String prefix = who.isEmpty() ? "" : who + "-";
        int room = MAX_LENGTH - prefix.length() - stamp.length() - 1;
        if (room < 1) {
            // A very long owner: keep the timestamp, which makes the name unique, and cut the owner.
            prefix = prefix.substring(0, Math.max(0, MAX_LENGTH - stamp.length() - 3));
            prefix = trimHyphens(prefix) + "-";
            room = MAX_LENGTH - prefix.length() - stamp.length() - 1;
        }
        if (what.length() > room) {
            what = trimHyphens(what.substring(0, room));
        }
        return prefix + what + "-" + stamp;
    }

    private static String suffix(long n) {
        long v = Math.floorMod(n, SUFFIXES);
        char[] out = new char[SUFFIX_LENGTH];
        for (int i = SUFFIX_LENGTH - 1; i >= 0; i--) {
            out[i] = DIGITS.charAt((int) (v % 36));
            v /= 36;
        }
        return new String(out);
    }

    /** What is wrong with {@code name} under SageMaker's rule, or empty when it is a valid name. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("the job name is empty; use letters, digits and hyphens (at most 63)");
        }
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (!allowed(cp)) {
                return Optional.of("job name '%s' has %s at position %d; only letters a-z A-Z, digits and hyphens are allowed"
                        .formatted(name, describe(cp), name.codePointCount(0, i) + 1));
            }
            i += Character.charCount(cp);
        }
        if (name.startsWith("-")) {
            return Optional.of("job name '%s' starts with a hyphen; it must start with a letter or digit".formatted(name));
        }
        if (name.endsWith("-")) {
            return Optional.of("job name '%s' ends with a hyphen; it must end with a letter or digit".formatted(name));
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("job name '%s' is too long: %d > %d characters".formatted(name, name.length(), MAX_LENGTH));
        }
        return Optional.empty();
    }

    /** True when {@code name} follows SageMaker's rule. */
    public static boolean isValid(String name) {
        return problem(name).isEmpty();
    }

    /** Keeps letters and digits and turns every run of other characters into one hyphen (names are case-sensitive). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (allowed(cp) && cp != '-') {
                out.appendCodePoint(cp);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
            i += Character.charCount(cp);
        }
        return trimHyphens(out.toString());
    }

    private static String trimHyphens(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '-') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == '-') {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean allowed(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '-';
    }

    private static String describe(int cp) {
        switch (cp) {
            case '_': return "an underscore '_'";
            case '.': return "a dot '.'";
            case ' ': return "a space";
            case '/': return "a slash '/'";
            default:
                if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                    return "the character U+%04X".formatted(cp);
                }
                return "'%s' (U+%04X)".formatted(new String(Character.toChars(cp)), cp);
        }
    }
}
