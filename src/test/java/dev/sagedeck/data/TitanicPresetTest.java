package dev.sagedeck.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagedeck.data.Preprocessing.Feature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lesson's preprocess_data, checked against what pandas computes on the same files. */
class TitanicPresetTest {
    @TempDir
    static Path dir;
    static Samples.SampleFiles sample;

    @BeforeAll
    static void extract() {
        sample = Samples.extract("titanic", dir.resolve("sample"));
    }

    @Test
    void sample_extractsTheSharedFilesByteForByte() throws IOException {
        assertThat(Files.readAllBytes(sample.train())).isEqualTo(Files.readAllBytes(Path.of("src/main/resources/samples/titanic/titanic_train.csv")));
        assertThat(Files.readAllLines(sample.train())).hasSize(714);
        assertThat(Files.readAllLines(sample.test())).hasSize(179);
        assertThat(sample.preset()).isEqualTo("titanic");
        assertThatThrownBy(() -> Samples.extract("iris", dir)).hasMessage("unknown sample 'iris'; available: titanic, titanic-long");
    }

    @Test
    void titanic_keepsTheLessonsEightFeatures_withPandasMedianAndMode() {
        DataLoading.Learned learned = DataLoading.learn(sample.train(), "titanic", null, List.of(), null);
        Preprocessing p = learned.preprocessing();
        // pandas on titanic_train.csv: Age.median() == 28.0, Embarked.mode()[0] == 'S'
        assertThat(p.featureNames()).containsExactly("PassengerId", "Pclass", "Sex", "Age", "SibSp", "Parch", "Fare", "Embarked");
        assertThat(p.features().get(3)).isEqualTo(Feature.number("Age", 28.0));
        assertThat(p.features().get(7)).isEqualTo(Feature.category("Embarked", Presets.TITANIC_EMBARKED, "S"));
        assertThat(p.features().get(2).codes()).containsEntry("male", 1).containsEntry("female", 0);
        assertThat(p.dropped()).containsExactly("Name", "Ticket", "Cabin");
        assertThat(p.task()).isEqualTo(Task.BINARY);
        assertThat(p.labelClasses()).containsExactly("0", "1");
        Dataset data = learned.data();
        assertThat(data.rows()).isEqualTo(713);
        assertThat(data.labels(null)).containsOnly(0f, 1f);
        // first row: 1,0,3,"Braund, Mr. Owen Harris",male,22,1,0,A/5 21171,7.25,,S
        assertThat(data.rowMajor(new int[] {0})).containsExactly(1f, 3f, 1f, 22f, 1f, 0f, 7.25f, 0f);
        // pandas: titanic_train.csv isna().sum() -> Age 140, Cabin 552, Embarked 1, others 0
        assertThat(learned.missingByColumn()).containsEntry("Age", 140L).containsEntry("Cabin", 552L)
                .containsEntry("Embarked", 1L).containsEntry("Name", 0L).hasSize(12);
    }

    @Test
    void missingAgeAndEmbarked_areFilled_noNaNLeftInTheLessonsFeatures() {
        Dataset data = DataLoading.learn(sample.train(), "titanic", null, List.of(), null).data();
        for (int row = 0; row < data.rows(); row++) {
            for (int f = 0; f < data.featureCount(); f++) assertThat(data.value(row, f)).as("row %d feature %d", row, f).isNotNaN();
        }
    }

    @Test
    void testFile_getsTheTrainingMedianNotItsOwn() throws IOException {
        Preprocessing learned = DataLoading.learn(sample.train(), "titanic", null, List.of(), null).preprocessing();
        learned.save(dir);
        Preprocessing reloaded = Preprocessing.load(dir);
        assertThat(reloaded).isEqualTo(learned);
        Dataset test = DataLoading.apply(sample.test(), reloaded, true);
        assertThat(test.rows()).isEqualTo(178);
        int age = test.featureNames().indexOf("Age");
        List<String> lines = Files.readAllLines(sample.test());
        int checked = 0;
        for (int row = 0; row < test.rows(); row++) {
            // Age is the 6th CSV column; the Name column holds one quoted comma, so count from the end
            String[] cells = lines.get(row + 1).split(",", -1);
            String ageText = cells[cells.length - 7];
            if (ageText.isEmpty()) {
                assertThat(test.value(row, age)).isEqualTo(28f); // pandas' test-set median would be 29.0
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void missingLabelColumn_namesTheColumnTheFileAndTheColumnsThatExist() throws IOException {
        Path file = dir.resolve("nolabel.csv");
        Files.writeString(file, "PassengerId,Pclass,Sex,Age,Embarked\n1,3,male,22,S\n");
        assertThatThrownBy(() -> DataLoading.learn(file, "titanic", null, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nolabel.csv has no column 'Survived' (the label); its columns are: PassengerId, Pclass, Sex, Age, Embarked");
    }

    @Test
    void testFileWithoutTheLabel_isRejectedForEvaluation() throws IOException {
        Preprocessing p = DataLoading.learn(sample.train(), "titanic", null, List.of(), null).preprocessing();
        Path file = dir.resolve("unlabelled.csv");
        Files.writeString(file, "PassengerId,Pclass,Name,Sex,Age,SibSp,Parch,Ticket,Fare,Cabin,Embarked\n1,3,x,male,22,1,0,t,7.25,,S\n");
        assertThatThrownBy(() -> DataLoading.apply(file, p, true)).hasMessageStartingWith("unlabelled.csv has no column 'Survived' (the label)");
        assertThat(DataLoading.apply(file, p, false).rows()).isEqualTo(1);
    }

    @Test
    void extraTextColumn_isRejectedWithTheFix() throws IOException {
        Path file = dir.resolve("extra.csv");
        Files.writeString(file, "Survived,Sex,Age,Embarked,Home\n1,male,22,S,Belfast\n0,female,30,C,Cork\n");
        assertThatThrownBy(() -> DataLoading.learn(file, "titanic", null, List.of(), null))
                .hasMessageContaining("column 'Home' holds text such as 'Belfast'")
                .hasMessageContaining("--drop Home");
    }
}
