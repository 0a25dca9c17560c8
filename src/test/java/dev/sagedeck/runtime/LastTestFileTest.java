package dev.sagedeck.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The comparison's last test file, remembered in the state directory for the next session; garbage there costs only the memory. */
class LastTestFileTest {
    @TempDir
    Path dir;

    @Test
    void aWrittenFile_isReadBackInTheNextSession_andNoTempFileIsLeft() throws Exception {
        LastTestFile.write(dir, "data/titanic_test.csv");
        LastTestFile.write(dir, "/home/alice/holdout.csv");

        assertThat(LastTestFile.read(dir)).isEqualTo("/home/alice/holdout.csv");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(LastTestFile.NAME);
        }
    }

    @Test
    void noFile_meansNothingRemembered() {
        assertThat(LastTestFile.read(dir)).isNull();
        assertThat(LastTestFile.read(dir.resolve("not-created-yet"))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json at all", "{\"test_file\": ", "[\"a.csv\"]", "{\"test_file\": 42}", "{\"test_file\": {\"a\": 1}}",
            "{\"test_file\": null}", "{\"test_file\": \"\"}", "{\"test_file\": \"a\\u0000b.csv\"}", "{\"test_file\": \"x.csv\\u001b]0;pwned\\u0007\"}",
            "\u0000\u0001\u00ff garbage", "{\"other\": \"a.csv\"}"})
    void garbageInTheFile_isIgnored_withoutACrash(String content) throws Exception {
        Files.writeString(dir.resolve(LastTestFile.NAME), content);
        assertThat(LastTestFile.read(dir)).isNull();
    }

    @Test
    void aDirectoryWhereTheFileShouldBe_orAnAbsurdlyLongValue_isIgnoredToo() throws Exception {
        Files.createDirectories(dir.resolve(LastTestFile.NAME));
        assertThat(LastTestFile.read(dir)).isNull();
        Path other = Files.createDirectories(dir.resolve("b"));
        Files.writeString(other.resolve(LastTestFile.NAME), "{\"test_file\": \"" + "a".repeat(5000) + "\"}");
        assertThat(LastTestFile.read(other)).isNull();
    }
}
