package dev.sagedeck.sagemaker;

import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import java.util.regex.Pattern;

/**
 * An {@code s3://bucket/key} location, checked before any call: the bucket must follow S3's
 * naming rules (3-63 lower-case letters, digits, dots and hyphens; no IP address) and the key
 * must not contain characters S3 tooling chokes on. Messages name the URI and the rule broken.
 */
public record S3Location(String bucket, String key) {
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");

    /** Parses {@code uri}; INVALID with the reason when it is not a usable S3 URI. */
    public static S3Location parse(String uri, String what) {
        if (uri == null || uri.isBlank()) {
            throw bad(what, uri, "it is empty; expected s3://bucket/prefix");
        }
        if (!uri.startsWith("s3://")) {
            throw bad(what, uri, "it does not start with s3://");
        }
        String rest = uri.substring(5);
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String key = slash < 0 ? "" : rest.substring(slash + 1);
        if (bucket.isEmpty()) {
            throw bad(what, uri, "it names no bucket");
        }
        if (!BUCKET.matcher(bucket).matches() || bucket.contains("..") || IP.matcher(bucket).matches()) {
            throw bad(what, uri, "bucket '" + bucket + "' is not a valid S3 bucket name (3-63 characters: lower-case "
                    + "letters, digits, dots and hyphens, starting and ending with a letter or digit)");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || c == '{' || c == '}' || c == '^' || c == '`' || c == '|') {
                throw bad(what, uri, "the key has the character U+%04X at position %d, which S3 paths should not contain"
                        .formatted((int) c, i + 1));
            }
        }
        if (key.contains("//")) {
            throw bad(what, uri, "the key has an empty path segment ('//')");
        }
        return new S3Location(bucket, key);
    }

    /** The same bucket with {@code part} appended as a path segment (a single slash between). */
    public S3Location child(String part) {
        String base = key.endsWith("/") || key.isEmpty() ? key : key + "/";
        return new S3Location(bucket, base + part);
    }

    /** This location as a prefix: the key ends with a slash. */
    public S3Location asPrefix() {
        return key.isEmpty() || key.endsWith("/") ? this : new S3Location(bucket, key + "/");
    }

    /** The location one level up ({@code s3://b/a/b/} becomes {@code s3://b/a/}). */
    public S3Location parent() {
        String k = key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
        int slash = k.lastIndexOf('/');
        return new S3Location(bucket, slash < 0 ? "" : k.substring(0, slash + 1));
    }

    public String uri() {
        return "s3://" + bucket + "/" + key;
    }

    @Override
    public String toString() {
        return uri();
    }

    private static BackendException bad(String what, String uri, String why) {
        return new BackendException(Kind.INVALID, "%s '%s' is not a usable S3 URI: %s".formatted(what, uri, why));
    }
}
