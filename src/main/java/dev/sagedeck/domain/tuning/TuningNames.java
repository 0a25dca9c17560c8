package dev.sagedeck.domain.tuning;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Names of SageMaker tuning jobs: at most 32 characters (SageMaker's limit, shorter than a training
 * job's 63), letters, digits and hyphens. Generated: {@code <owner>-tune-<MMdd-HHmmss>}, the owner cut to fit.
 */
public final class TuningNames {
    public static final int MAX_LENGTH = 32;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MMdd-HHmmss", Locale.ROOT);

    private TuningNames() {}

    /** The given name when it is valid, else a generated one for {@code owner} at {@code time}. @throws IllegalArgumentException for a bad given name */
    public static String name(String given, String owner, LocalDateTime time) {
        if (given != null && !given.isBlank()) {
            problem(given).ifPresent(p -> {
                throw new IllegalArgumentException(p);
            });
            return given;
        }
        String tail = "-tune-" + STAMP.format(time);
        String who = (owner == null || owner.isBlank() ? "sagedeck" : owner).replaceAll("[^A-Za-z0-9-]", "-").replaceAll("^-+", "");
        who = who.substring(0, Math.min(who.length(), MAX_LENGTH - tail.length())).replaceAll("-+$", "");
        return (who.isEmpty() ? "sagedeck" : who) + tail;
    }

    public static Optional<String> problem(String name) {
        if (name.length() > MAX_LENGTH) {
            return Optional.of("tuning job name '%s' is too long: %d > %d characters (SageMaker's limit for tuning jobs)"
                    .formatted(name, name.length(), MAX_LENGTH));
        }
        if (!name.matches("[A-Za-z0-9](-*[A-Za-z0-9])*")) {
            return Optional.of("tuning job name '%s' may hold only letters, digits and single hyphens, starting and ending with a letter or digit".formatted(name));
        }
        return Optional.empty();
    }
}
