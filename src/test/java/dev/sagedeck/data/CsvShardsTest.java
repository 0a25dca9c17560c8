package dev.sagedeck.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards for ShardedByS3Key: whole records, each exactly once, in order, the header where the reader expects it. */
class CsvShardsTest {
    @TempDir
    Path tmp;

    private Path csv(String text) throws IOException {
        return Files.writeString(tmp.resolve("in.csv"), text, StandardCharsets.UTF_8);
    }

    private static String text(CsvShards.Shard s) throws IOException {
        return Files.readString(s.file(), StandardCharsets.UTF_8);
    }

    @Test
    void aQuotedLineBreak_staysInsideItsRecord_andEveryShardStartsWithTheHeader() throws IOException {
        Path in = csv("id,name\n1,\"two\nlines\"\n2,plain\n3,\"a \"\"quoted\"\" word\"\n4,last");

        List<CsvShards.Shard> shards = CsvShards.split(in, 2, true, tmp, "train");

        assertThat(shards).extracting(CsvShards.Shard::rows).containsExactly(2L, 2L);
        assertThat(text(shards.get(0))).isEqualTo("id,name\n1,\"two\nlines\"\n2,plain\n");
        assertThat(text(shards.get(1))).isEqualTo("id,name\n3,\"a \"\"quoted\"\" word\"\n4,last");
        assertThat(shards.get(0).file().getFileName().toString()).isEqualTo("train-1-of-2.csv");
    }

    @Test
    void withoutAHeader_theShardsConcatenated_areTheFileByteForByte() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            b.append(i % 2).append(',').append(i * 0.5).append("\r\n");
        }
        Path in = csv(b.toString());

        List<CsvShards.Shard> shards = CsvShards.split(in, 3, false, tmp, "train");

        StringBuilder joined = new StringBuilder();
        for (CsvShards.Shard s : shards) {
            joined.append(text(s));
        }
        assertThat(joined.toString()).isEqualTo(b.toString());
        assertThat(shards).extracting(CsvShards.Shard::rows).containsExactly(34L, 34L, 33L);
    }

    @Test
    void blankLines_areNotRows() throws IOException {
        List<CsvShards.Shard> shards = CsvShards.split(csv("1,a\n\n2,b\n\n"), 2, false, tmp, "t");

        assertThat(text(shards.get(0))).isEqualTo("1,a\n");
        assertThat(text(shards.get(1))).isEqualTo("2,b\n");
    }

    @Test
    void fewerRowsThanShards_isRefused_sayingAnInstanceWouldGetNoData() throws IOException {
        Path in = csv("h\n1\n2\n");

        assertThatThrownBy(() -> CsvShards.split(in, 3, true, tmp, "t")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("in.csv has 2 data row(s), fewer than the 3 shards (one per instance): an instance would get no data");
    }
}
