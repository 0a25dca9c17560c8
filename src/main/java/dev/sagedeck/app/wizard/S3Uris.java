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

    /**
     * The prefix to browse for what a field holds: a prefix ending in '/' or a bare bucket as it is,
     * a file's URI as its folder ({@code s3://b/data/train.csv} browses {@code s3://b/data/}).
     */
    public static String folderOf(String uri) {
        String u = uri.trim();
        String rest = u.substring("s3://".length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return u + "/";
        }
        return u.substring(0, "s3://".length() + rest.lastIndexOf('/') + 1);
    }

    /** True for {@code s3://bucket/}, which has no parent to go up to. */
    public static boolean isBucketRoot(String prefix) {
        String rest = prefix.substring("s3://".length());
        return rest.indexOf('/') == rest.length() - 1;
    }

    /** One level up: {@code s3://b/a/c/} becomes {@code s3://b/a/}; the bucket's root stays. */
    public static String parentPrefix(String prefix) {
        if (isBucketRoot(prefix)) {
            return prefix;
        }
        String trimmed = prefix.substring(0, prefix.length() - 1);
        return trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
    }
}
