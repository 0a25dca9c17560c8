package dev.sagedeck.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A numeric column that a few stray values turn categorical is said, not silently swallowed. */
class ColumnTypingWarningsTest {
    @TempDir
    Path dir;

    @Test
    void threeAgesCarryingANulByte_makeAgeCategorical_andTheWarningSaysSoWithTheNulVisible() throws IOException {
        List<Integer> lines = new ArrayList<>();
        Path file = StrayValues.titanicWithStrayAges(dir, 3, "\0", lines);

        DataLoading.Learned learned = DataLoading.learn(file, "csv", "Survived", List.of(), null);

        assertThat(learned.preprocessing().features()).filteredOn(f -> f.name().equals("Age"))
                .singleElement().satisfies(f -> assertThat(f.isCategory()).as("what the data made of Age").isTrue());
        assertThat(learned.warnings()).singleElement().satisfies(w -> {
            assertThat(w.column()).isEqualTo("Age");
            assertThat(w.message()).isEqualTo("column Age: 3 of " + StrayValues.AGES + " values are not numbers (the first on line "
                    + lines.get(0) + ": '22\\0'), so the column is treated as categorical; fix those values or leave the column out (--drop Age)");
            assertThat(w.message()).doesNotContain("\0");
        });
    }

    @Test
    void theUntouchedTitanicFile_warnsNothing_thoughTicketMixesNumbersAndText() throws IOException {
        DataLoading.Learned learned = DataLoading.learn(StrayValues.titanic(dir), "csv", "Survived", List.of(), null);

        assertThat(learned.preprocessing().features()).filteredOn(f -> f.name().equals("Ticket"))
                .singleElement().satisfies(f -> assertThat(f.isCategory()).isTrue());
        assertThat(learned.warnings()).as("Name, Sex, Ticket (27 % text), Cabin, Embarked are categorical by nature").isEmpty();
    }

    @Test
    void aSingleStrayValue_isNamedInTheSingular_andADroppedColumnSaysNothing() throws IOException {
        Path file = StrayValues.titanicWithStrayAges(dir, 1, "?", null);

        assertThat(DataLoading.learn(file, "csv", "Survived", List.of(), null).warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).startsWith("column Age: 1 of " + StrayValues.AGES + " values is not a number (line 2: '22?')")
                        .contains("fix that value"));
        assertThat(DataLoading.learn(file, "csv", "Survived", List.of("Age"), null).warnings()).isEmpty();
    }

    @Test
    void aBinaryLabelWithAStrayValue_saysItsValuesAreReadAsClassNames() throws IOException {
        StringBuilder text = new StringBuilder("x,y\n");
        for (int i = 0; i < 40; i++) text.append(i).append(',').append(i % 2).append('\n');
        text.append("40,1\u001b[2J\n");
        Path file = Files.writeString(dir.resolve("label.csv"), text.toString());

        DataLoading.Learned learned = DataLoading.learn(file, "csv", "y", List.of(), null);

        assertThat(learned.preprocessing().labelClasses()).hasSize(3);
        assertThat(learned.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .isEqualTo("column y: 1 of 41 values is not a number (line 42: '1\\x1b[2J'), so the label's values are read as class names;"
                        + " fix that value"));
    }

    @Test
    void escaped_showsControlBytesBidiAndBackslashes_andCutsLongValues() {
        assertThat(DataWarning.escaped("a\0b\tc\r\n\u001b\u009b\u202e\\ é 😀", 40))
                .isEqualTo("a\\0b\\tc\\r\\n\\x1b\\x9b\\u202e\\\\ é 😀");
        assertThat(DataWarning.escaped("x".repeat(50), 40)).isEqualTo("x".repeat(40) + "...");
    }
}
