package dev.sagedeck.sagemaker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The test's own view of moto's S3: buckets, objects put and read, tar.gz archives built and listed. */
public final class MotoS3 implements AutoCloseable {
    final S3Client s3;

    public MotoS3(URI endpoint) {
        s3 = S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    public void bucket(String name) {
        s3.createBucket(b -> b.bucket(name));
    }

    String text(String bucket, String key) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
    }

    List<String> keys(String bucket) {
        List<String> out = new ArrayList<>();
        s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().forEach(o -> out.add(o.key()));
        return out;
    }

    public void put(String bucket, String key, byte[] body) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(body));
    }

    /** The names in a tar.gz object. */
    List<String> archiveEntries(String bucket, String key) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = s3.getObject(b -> b.bucket(bucket).key(key));
                TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
            for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }

    /** A model.tar.gz holding {@code file} under {@code name}, as SageMaker packs /opt/ml/model. */
    public static byte[] modelArchive(Path file, String name) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream gz = new GzipCompressorOutputStream(bytes); TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
            TarArchiveEntry e = new TarArchiveEntry(name);
            e.setSize(Files.size(file));
            tar.putArchiveEntry(e);
            Files.copy(file, tar);
            tar.closeArchiveEntry();
            tar.finish();
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        s3.close();
    }
}
