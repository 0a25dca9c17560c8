package dev.sagedeck.sagemaker;

import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import dev.sagedeck.port.ObjectStore;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@link ObjectStore} over S3: ListObjectsV2 with delimiter '/', page after page, stopping at
 * {@link ObjectStore#MAX_ENTRIES} so a bucket with millions of keys costs a few calls, not thousands.
 * Every page goes through the connection's call budget and error translation.
 */
final class S3ObjectStore implements ObjectStore {
    private final AwsConnection aws;
    private final int pageSize;
    private final int maxEntries;

    S3ObjectStore(AwsConnection aws) {
        this(aws, 1000, MAX_ENTRIES);
    }

    /** Smaller pages and caps let tests see pagination and the cap with a handful of keys. */
    S3ObjectStore(AwsConnection aws, int pageSize, int maxEntries) {
        this.aws = aws;
        this.pageSize = pageSize;
        this.maxEntries = maxEntries;
    }

    @Override
    public Listing list(String s3Prefix) {
        S3Location at = S3Location.parse(s3Prefix, "the S3 prefix to browse").asPrefix();
        List<Entry> folders = new ArrayList<>();
        List<Entry> objects = new ArrayList<>();
        String token = null;
        boolean more;
        do {
            ListObjectsV2Response page = page(at, token);
            for (CommonPrefix p : page.commonPrefixes()) {
                folders.add(new Entry(p.prefix().substring(at.key().length()), "s3://" + at.bucket() + "/" + p.prefix(), true, -1));
            }
            for (S3Object o : page.contents()) {
                if (!o.key().equals(at.key())) { // the "folder marker" object some consoles create
                    objects.add(new Entry(o.key().substring(at.key().length()), "s3://" + at.bucket() + "/" + o.key(), false,
                            o.size() == null ? 0 : o.size()));
                }
            }
            token = page.nextContinuationToken();
            more = Boolean.TRUE.equals(page.isTruncated()) && token != null;
        } while (more && folders.size() + objects.size() < maxEntries);
        List<Entry> all = new ArrayList<>(folders);
        all.addAll(objects);
        boolean truncated = more || all.size() > maxEntries;
        return new Listing(at.uri(), all.size() > maxEntries ? all.subList(0, maxEntries) : all, truncated);
    }

    private ListObjectsV2Response page(S3Location at, String token) {
        try {
            return aws.call(AwsConnection.Budget.CONTROL, AwsService.S3, "ListObjectsV2", () -> aws.s3().listObjectsV2(b -> b
                    .bucket(at.bucket()).prefix(at.key()).delimiter("/").maxKeys(pageSize).continuationToken(token)));
        } catch (BackendException e) {
            throw readable(at, e);
        }
    }

    /** The S3 error codes a user meets when browsing, in words that name the bucket or prefix. */
    private static BackendException readable(S3Location at, BackendException e) {
        String code = e.getCause() instanceof AwsServiceException a && a.awsErrorDetails() != null
                ? a.awsErrorDetails().errorCode() : null;
        if ("NoSuchBucket".equals(code)) {
            return new BackendException(Kind.NOT_FOUND, "bucket '" + at.bucket() + "' does not exist", e);
        }
        if (e.kind() == Kind.DENIED) {
            return new BackendException(Kind.DENIED, "access denied listing " + at.uri() + " (" + e.getMessage() + ")", e);
        }
        return new BackendException(e.kind(), "cannot list " + at.uri() + ": " + e.getMessage(), e);
    }
}
