package dev.sagedeck.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A model's preprocessing.json is the same file whichever version wrote it: byte for byte what
 * databind's mapper (kept here) wrote, and each version reads the other's into an equal record.
 */
class PreprocessingFileCompatibilityTest {
    private static final ObjectMapper DATABIND = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    Path tmp;

    static Stream<Preprocessing> files() {
        Map<String, Integer> codes = new LinkedHashMap<>();
        codes.put("male", 0);
        codes.put("female", 1);
        codes.put("é \"q\"\n\u0001", 2);
        return Stream.of(
                new Preprocessing(1, "titanic", "/data/titanic_train.csv", "Survived", Task.BINARY, List.of("0", "1"),
                        List.of(Preprocessing.Feature.number("Age", 29.69911764705882), Preprocessing.Feature.number("Fare", null),
                                Preprocessing.Feature.category("Sex", codes, "male"), Preprocessing.Feature.category("Embarked", Map.of(), null)),
                        List.of("Name", "Ticket", "Cabin")),
                Preprocessing.builtIn(3, Task.MULTICLASS, 4),
                Preprocessing.builtIn(1, Task.REGRESSION, 0),
                new Preprocessing(1, "csv", null, "y", Task.REGRESSION, null,
                        List.of(Preprocessing.Feature.number("x", Double.NaN), Preprocessing.Feature.number("big", 1e300)), null));
    }

    @ParameterizedTest
    @MethodSource("files")
    void theFileIsByteForByteWhatDatabindWrote_andEachVersionReadsTheOthers(Preprocessing p) throws Exception {
        p.save(tmp);
        byte[] mine = Files.readAllBytes(tmp.resolve(Preprocessing.FILE_NAME));

        assertThat(new String(mine, StandardCharsets.UTF_8)).isEqualTo(DATABIND.writeValueAsString(p)).isEqualTo(p.toJson());
        assertThat(DATABIND.readValue(mine, Preprocessing.class)).isEqualTo(p);
        Files.write(tmp.resolve(Preprocessing.FILE_NAME), DATABIND.writeValueAsBytes(p));
        assertThat(Preprocessing.load(tmp)).isEqualTo(p);
    }

    @Test
    void anUnknownField_orAnotherVersion_isRefusedNamingTheFile_asBefore() throws Exception {
        Path file = tmp.resolve(Preprocessing.FILE_NAME);
        Files.writeString(file, "{\"version\":1,\"label\":\"y\",\"features\":[],\"surprise\":1}");
        assertThatThrownBy(() -> Preprocessing.load(tmp)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("surprise");

        Files.writeString(file, "{\"version\":2,\"label\":\"y\",\"features\":[]}");
        assertThatThrownBy(() -> Preprocessing.load(tmp)).hasMessageContaining("format version 2");

        for (String bad : List.of("", "{", "[]", "{\"version\":1}", "{\"version\":1,\"features\":[{\"codes\":{\"a\":\"x\"}}]}",
                "{\"version\":1,\"task\":\"SOMETIMES\",\"features\":[]}", "{\"version\":1,\"features\":[],\"labelClasses\":[null]}")) {
            Files.writeString(file, bad);
            assertThatThrownBy(() -> Preprocessing.load(tmp)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot read " + file);
        }
    }
}
