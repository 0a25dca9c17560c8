package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.ObjectStore.Entry;
import dev.sagedeck.port.ObjectStore.Listing;
import dev.sagedeck.testing.MotoServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Browsing a bucket prefix through the real S3 client: against moto, and a scripted 403 for access denied. */
class S3ObjectStoreTest {
    private AwsConnection connection;
    private MotoS3 s3;

    @BeforeEach
    void start() {
        MotoServer.reset();
        connection = AwsTestSupport.connect(MotoServer.endpoint());
        s3 = new MotoS3(MotoServer.endpoint());
        s3.bucket("alice-data");
        s3.put("alice-data", "titanic/train.csv", new byte[1500]);
        s3.put("alice-data", "titanic/test.csv", new byte[300]);
        s3.put("alice-data", "titanic/v2/train.csv", new byte[10]);
        s3.put("alice-data", "titanic/raw/a.csv", new byte[10]);
        s3.put("alice-data", "readme.txt", new byte[5]);
    }

    @AfterEach
    void stop() {
        connection.close();
        s3.close();
    }

    @Test
    void aPrefix_listsItsFoldersFirst_thenItsFilesWithSizes_oneLevelOnly() {
        Listing l = new S3ObjectStore(connection).list("s3://alice-data/titanic/");
        assertThat(l.prefix()).isEqualTo("s3://alice-data/titanic/");
        assertThat(l.entries()).containsExactly(
                new Entry("raw/", "s3://alice-data/titanic/raw/", true, -1),
                new Entry("v2/", "s3://alice-data/titanic/v2/", true, -1),
                new Entry("test.csv", "s3://alice-data/titanic/test.csv", false, 300),
                new Entry("train.csv", "s3://alice-data/titanic/train.csv", false, 1500));
        assertThat(l.truncated()).isFalse();
    }

    @Test
    void theBucketRoot_showsTopLevelFoldersAndFiles() {
        Listing l = new S3ObjectStore(connection).list("s3://alice-data/");
        assertThat(l.entries()).extracting(Entry::name).containsExactly("titanic/", "readme.txt");
    }

    @Test
    void smallPages_areFollowed_andTheCapSaysMoreWereNotShown() {
        Listing all = new S3ObjectStore(connection, 1, 100).list("s3://alice-data/titanic/");
        assertThat(all.entries()).extracting(Entry::name).containsExactly("raw/", "v2/", "test.csv", "train.csv");
        assertThat(all.truncated()).isFalse();
        assertThat(connection.callCounts()).containsEntry("ListObjectsV2", 4L);

        Listing capped = new S3ObjectStore(connection, 1, 3).list("s3://alice-data/titanic/");
        assertThat(capped.entries()).hasSize(3);
        assertThat(capped.truncated()).isTrue();
    }

    @Test
    void aMissingBucket_isNamedInTheMessage() {
        assertThatThrownBy(() -> new S3ObjectStore(connection).list("s3://no-such-bucket/data/"))
                .isInstanceOf(BackendException.class)
                .hasMessage("bucket 'no-such-bucket' does not exist")
                .extracting(e -> ((BackendException) e).kind()).isEqualTo(BackendException.Kind.NOT_FOUND);
    }

    @Test
    void accessDenied_saysSoAndNamesThePrefix() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code>"
                    + "<Message>Access Denied</Message></Error>").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/xml");
            ex.sendResponseHeaders(403, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try (AwsConnection denied = AwsTestSupport.connect(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))) {
            assertThatThrownBy(() -> new S3ObjectStore(denied).list("s3://alice-data/titanic/"))
                    .isInstanceOf(BackendException.class)
                    .hasMessageStartingWith("access denied listing s3://alice-data/titanic/")
                    .extracting(e -> ((BackendException) e).kind()).isEqualTo(BackendException.Kind.DENIED);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aBadUri_isRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> new S3ObjectStore(connection).list("s3://Bad_Bucket/x/"))
                .isInstanceOf(BackendException.class).hasMessageContaining("not a valid S3 bucket name");
        assertThat(connection.callCounts()).doesNotContainKey("ListObjectsV2");
    }
}
