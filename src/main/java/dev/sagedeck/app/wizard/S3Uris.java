package dev.sagedeck.app.wizard;

import java.util.Optional;

/** Checks the shape of an {@code s3://bucket/key} URI before anything is sent (existence is a pre-submit check). */
public final class S3Uris {
    private S3Uris() {}

    public static boolean isS3(String text) {
        return text != null && text.trim().startsWith("s3://");
    }

    /** Empty when {@code uri} is a well-formed s3:// URI, else what is wrong with it. */
    public static Optional<String> problem(String what, String uri) {
        String u = uri.trim();
        String rest = u.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        if (bucket.isEmpty()) {
            return Optional.of(what + " " + u + " names no bucket (s3://bucket/prefix)");
        }
        if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            return Optional.of(what + " bucket '" + bucket + "' is not a valid S3 bucket name "
                    + "(3-63 lower-case letters, digits, dots, hyphens)");
        }
        if (u.chars().anyMatch(c -> c < 0x20 || c == ' ')) {
            return Optional.of(what + " " + u + " contains spaces or control characters");
        }
        return Optional.empty();
    }
}
