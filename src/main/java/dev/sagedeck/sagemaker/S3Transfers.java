package dev.sagedeck.sagemaker;

import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import dev.sagedeck.port.TransferProgress;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * S3 objects moved with progress: uploads of prepared data and code archives, downloads of model
 * archives (with a size cap, so a huge object cannot fill the disk), deletes for cleaning up after a
 * rejected launch, and a cheap existence check. Every call goes through the connection's budget.
 */
final class S3Transfers {
    private static final long REPORT_EVERY = 1 << 20;

    private final AwsConnection aws;

    S3Transfers(AwsConnection aws) {
        this.aws = aws;
    }

    /**
     * Uploads {@code file} to {@code to} only if no object is there ({@code If-None-Match: *}; S3
     * answers 412 otherwise), reporting progress while the SDK reads it.
     */
    void uploadNew(Path file, S3Location to, String contentType, TransferProgress progress) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new BackendException(Kind.INVALID, "cannot read " + file + ": " + e.getMessage(), e);
        }
        String label = file.getFileName() + " -> " + to;
        progress.update(label, 0, size);
        RequestBody body = RequestBody.fromContentProvider(() -> counting(open(file), label, size, progress), size,
                contentType);
        try {
            aws.call(AwsConnection.Budget.CONTROL, AwsService.S3, "PutObject", () -> aws.s3().putObject(
                    b -> b.bucket(to.bucket()).key(to.key()).contentType(contentType).ifNoneMatch("*"), body));
        } catch (BackendException e) {
            if ("412".equals(statusOf(e))) {
                throw new BackendException(Kind.CONFLICT, to + " appeared while uploading (someone else wrote it); "
                        + "it was left as it is", e);
            }
            throw e;
        }
        progress.update(label, size, size);
    }

    /**
     * Downloads {@code from} into {@code file} (written to a temporary name, then moved), refusing
     * objects larger than {@code maxBytes}.
     */
    long download(S3Location from, Path file, long maxBytes, TransferProgress progress) {
        String label = from + " -> " + file.getFileName();
        try (ResponseInputStream<GetObjectResponse> in = aws.call(AwsConnection.Budget.CONTROL, AwsService.S3,
                "GetObject", () -> aws.s3().getObject(b -> b.bucket(from.bucket()).key(from.key())))) {
            Long length = in.response().contentLength();
            long total = length == null ? -1 : length;
            if (total > maxBytes) {
                throw new BackendException(Kind.INVALID, "%s is %d bytes, more than the %d-byte limit for a model archive"
                        .formatted(from, total, maxBytes));
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path part = file.resolveSibling(file.getFileName() + ".part");
            long copied = 0;
            progress.update(label, 0, total);
            try (OutputStream out = Files.newOutputStream(part)) {
                byte[] buf = new byte[1 << 16];
                long reported = 0;
                for (int n; (n = in.read(buf)) > 0; ) {
                    copied += n;
                    if (copied > maxBytes) {
                        throw new BackendException(Kind.INVALID, "%s is larger than the %d-byte limit for a model archive"
                                .formatted(from, maxBytes));
                    }
                    out.write(buf, 0, n);
                    if (copied - reported >= REPORT_EVERY) {
                        progress.update(label, copied, total);
                        reported = copied;
                    }
                }
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(part);
                throw e;
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            progress.update(label, copied, total);
            return copied;
        } catch (IOException e) {
            throw new BackendException(Kind.UNAVAILABLE, "downloading " + from + " failed: " + e.getMessage(), e);
        }
    }

    /** The object's size, or -1 when there is no such object. */
    long size(S3Location at) {
        try {
            HeadObjectResponse r = aws.call(AwsConnection.Budget.CONTROL, AwsService.S3, "HeadObject",
                    () -> aws.s3().headObject(b -> b.bucket(at.bucket()).key(at.key())));
            return r.contentLength() == null ? 0 : r.contentLength();
        } catch (BackendException e) {
            if (e.kind() == Kind.NOT_FOUND || "404".equals(statusOf(e))) {
                return -1;
            }
            throw e;
        }
    }

    void delete(S3Location at) {
        aws.call(AwsConnection.Budget.CONTROL, AwsService.S3, "DeleteObject",
                () -> aws.s3().deleteObject(b -> b.bucket(at.bucket()).key(at.key())));
    }

    private static String statusOf(BackendException e) {
        return e.getCause() instanceof software.amazon.awssdk.awscore.exception.AwsServiceException a
                ? Integer.toString(a.statusCode()) : "";
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts bytes as the SDK reads them; a retried attempt re-opens the stream and starts again at 0. */
    private static InputStream counting(InputStream in, String label, long total, TransferProgress progress) {
        return new FilterInputStream(in) {
            private long done;
            private long reported;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) {
                done += n;
                if (done - reported >= REPORT_EVERY) {
                    progress.update(label, done, total);
                    reported = done;
                }
            }
        };
    }
}
