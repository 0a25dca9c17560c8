package dev.sagedeck.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvPresetTest {
    @TempDir
    Path dir;

    private Path csv(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void textColumns_becomeAlphabeticalCodes_learnedOnTrainingAndUnseenBecomesMissing() throws IOException {
        Path train = csv("train.csv", "color,size,y\nred,1.5,yes\nblue,2,no\nred,,yes\ngreen,3e0,no\n");
        DataLoading.Learned learned = DataLoading.learn(train, "csv", "y", List.of(), null);
        Preprocessing p = learned.preprocessing();
        assertThat(p.features().get(0).codes()).containsExactly(
                java.util.Map.entry("blue", 0), java.util.Map.entry("green", 1), java.util.Map.entry("red", 2));
        assertThat(p.features().get(1).type()).isEqualTo("number");
        assertThat(p.task()).isEqualTo(Task.BINARY);
        assertThat(p.labelClasses()).containsExactly("no", "yes");
        assertThat(learned.data().rowMajor(null)).containsExactly(2f, 1.5f, 0f, 2f, 2f, Float.NaN, 1f, 3f);
        assertThat(learned.data().labels(null)).containsExactly(1f, 0f, 1f, 0f);

        Path test = csv("test.csv", "y,size,color\nno,4,purple\nyes,5,blue\n");
        Dataset applied = DataLoading.apply(test, p, true);
        assertThat(applied.rowMajor(null)).containsExactly(Float.NaN, 4f, 0f, 5f);
        assertThat(applied.labels(null)).containsExactly(0f, 1f);
    }

    @Test
    void columnThatTurnsToTextLate_keysEarlierNumbersCanonically() throws IOException {
        StringBuilder text = new StringBuilder("code,y\n");
        for (int i = 0; i < 50; i++) text.append(i % 2 == 0 ? "1.0" : "2").append(",").append(i % 2).append("\n");
        text.append("x,1\n");
        DataLoading.Learned learned = DataLoading.learn(csv("late.csv", text.toString()), "csv", "y", List.of(), null);
        assertThat(learned.preprocessing().features().get(0).codes()).containsOnlyKeys("1", "2", "x");
        Dataset data = learned.data();
        assertThat(data.value(0, 0)).isEqualTo(0f);
        assertThat(data.value(1, 0)).isEqualTo(1f);
        assertThat(data.value(50, 0)).isEqualTo(2f);
    }

    @Test
    void labelKinds_chooseBinaryMulticlassOrRegression() throws IOException {
        assertThat(task("a,y\n1,0\n2,1\n3,2\n")).isEqualTo(Task.MULTICLASS);
        assertThat(task("a,y\n1,0.5\n2,1.25\n3,2.75\n")).isEqualTo(Task.REGRESSION);
        assertThat(task("a,y\n1,cat\n2,dog\n3,cow\n")).isEqualTo(Task.MULTICLASS);
        assertThat(task("a,y\n1,-1\n2,1\n")).isEqualTo(Task.BINARY);
        StringBuilder many = new StringBuilder("a,y\n");
        for (int i = 0; i < 30; i++) many.append(i).append(",").append(i).append("\n");
        assertThat(task(many.toString())).isEqualTo(Task.REGRESSION);
    }

    @Test
    void givenObjective_overridesTheGuess_andMustFitTheLabel() throws IOException {
        Path file = csv("y.csv", "a,y\n1,0\n2,1\n3,2\n");
        assertThat(DataLoading.learn(file, "csv", "y", List.of(), "reg:squarederror").preprocessing().task()).isEqualTo(Task.REGRESSION);
        assertThatThrownBy(() -> DataLoading.learn(file, "csv", "y", List.of(), "binary:logistic"))
                .hasMessage("y.csv: objective binary:logistic needs a label with exactly 2 values, but 'y' has 3 (0, 1, 2)");
        Path text = csv("t.csv", "a,y\n1,cat\n2,dog\n");
        assertThatThrownBy(() -> DataLoading.learn(text, "csv", "y", List.of(), "reg:squarederror"))
                .hasMessage("t.csv: objective reg:squarederror needs a numeric label, but 'y' holds text such as 'cat'");
    }

    private Task task(String text) throws IOException {
        return DataLoading.learn(csv("task.csv", text), "csv", "y", List.of(), null).preprocessing().task();
    }

    @Test
    void singleValuedLabel_saysThereIsNothingToLearn() throws IOException {
        assertThatThrownBy(() -> task("a,y\n1,1\n2,1\n")).hasMessage("task.csv: the label 'y' has only one value ('1'); there is nothing to learn");
    }

    @Test
    void rowWithoutLabel_namesItsLine() throws IOException {
        assertThatThrownBy(() -> task("a,y\n1,1\n2,\n3,0\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("task.csv:3: the label column 'y' is empty in this row (1 row in all); every training row needs a label");
    }

    @Test
    void csvPresetWithoutLabel_andBadDrops_areExplained() throws IOException {
        Path file = csv("d.csv", "a,b,y\n1,2,0\n3,4,1\n");
        assertThatThrownBy(() -> DataLoading.learn(file, "csv", null, List.of(), null)).hasMessage("the csv preset needs the label column: --label COLUMN");
        assertThatThrownBy(() -> DataLoading.learn(file, "csv", "z", List.of(), null))
                .hasMessage("d.csv has no column 'z' (the label); its columns are: a, b, y");
        assertThatThrownBy(() -> DataLoading.learn(file, "csv", "y", List.of("c"), null))
                .hasMessage("d.csv has no column 'c' (named by --drop); its columns are: a, b, y");
        assertThatThrownBy(() -> DataLoading.learn(file, "csv", "y", List.of("y"), null)).hasMessage("--drop y would drop the label column");
        assertThatThrownBy(() -> DataLoading.learn(file, "parquet", "y", List.of(), null)).hasMessage("unknown preset 'parquet'; choose one of: titanic, csv");
        assertThat(DataLoading.learn(file, "csv", "y", List.of("a"), null).preprocessing().featureNames()).containsExactly("b");
    }

    @Test
    void textInANumericColumnAtEvaluation_pointsAtTheCell() throws IOException {
        Preprocessing p = DataLoading.learn(csv("n.csv", "a,y\n1,0\n2,1\n"), "csv", "y", List.of(), null).preprocessing();
        Path test = csv("n_test.csv", "a,y\n1,0\nabc,1\n");
        assertThatThrownBy(() -> DataLoading.apply(test, p, true))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("n_test.csv:3:1: column 'a' holds text 'abc' where a number is expected (it was numeric in the training data)");
    }

    @Test
    void unseenLabelAtEvaluation_isAnError() throws IOException {
        Preprocessing p = DataLoading.learn(csv("l.csv", "a,y\n1,0\n2,1\n"), "csv", "y", List.of(), null).preprocessing();
        assertThatThrownBy(() -> DataLoading.apply(csv("l_test.csv", "a,y\n1,2\n"), p, true))
                .hasMessage("l_test.csv: the label 'y' holds '2', a value the training data did not have (it had 0, 1)");
    }

    @Test
    void infiniteOrHugeNumbers_areRejectedAtTheirCell() throws IOException {
        assertThatThrownBy(() -> task("a,y\n1,0\n1e39,1\n"))
                .hasMessage("task.csv:3:1: column 'a' holds '1e39', which is infinite or too large for XGBoost (32-bit floats end near 3.4e38)");
    }

    @Test
    void builtInLayout_readsLabelFirstWithoutHeader() throws IOException {
        Path file = csv("builtin.csv", "1,3,0.5\n0,4,1.5\n1.0,5,\n");
        Dataset data = DataLoading.readBuiltIn(file, Task.BINARY, 2, 2);
        assertThat(data.rows()).isEqualTo(3);
        assertThat(data.labels(null)).containsExactly(1f, 0f, 1f);
        assertThat(data.rowMajor(null)).containsExactly(3f, 0.5f, 4f, 1.5f, 5f, Float.NaN);
        assertThatThrownBy(() -> DataLoading.readBuiltIn(file, Task.BINARY, 2, 5))
                .hasMessage("builtin.csv has 3 columns; the model expects the label plus 5 features (6 columns, label first, no header)");
    }

    @Test
    void headerOnlyFiles_sayThereAreNoRows() throws IOException {
        Path train = csv("h.csv", "a,y\n1,0\n2,1\n");
        Preprocessing p = DataLoading.learn(train, "csv", "y", List.of(), null).preprocessing();
        assertThatThrownBy(() -> DataLoading.learn(csv("empty_train.csv", "a,y\n"), "csv", "y", List.of(), null))
                .hasMessage("empty_train.csv has a header but no data rows");
        assertThatThrownBy(() -> DataLoading.apply(csv("empty_test.csv", "a,y\n"), p, true)).hasMessage("empty_test.csv has no data rows");
    }

    @Test
    void builtInCsv_writesLabelFirstWithoutHeader_andReadsBackTheSame() throws IOException {
        Path train = csv("bt.csv", "color,size,y\nred,1.5,yes\nblue,,no\ngreen,3e-7,no\n");
        Dataset data = DataLoading.learn(train, "csv", "y", List.of(), null).data();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        BuiltInCsv.write(data, out);
        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("1,2,1.5\n0,0,\n0,1,3.0E-7\n");
        Path written = csv("bt_builtin.csv", text);
        Dataset back = DataLoading.readBuiltIn(written, Task.BINARY, 2, 2);
        assertThat(back.rowMajor(null)).containsExactly(data.rowMajor(null));
        assertThat(back.labels(null)).containsExactly(data.labels(null));
    }

    @Test
    void otherCsvWithoutPresetOrLabel_explainsTheTitanicDefault() throws IOException {
        Path file = csv("iris.csv", "sepal,petal,species\n1,2,a\n3,4,b\n");
        assertThatThrownBy(() -> DataLoading.learn(file, null, null, List.of(), null))
                .hasMessage("iris.csv has no column 'Survived': without --preset or --label the titanic preset is used; "
                        + "for another CSV give --preset csv --label COLUMN (its columns are: sepal, petal, species)");
        assertThat(DataLoading.learn(file, null, "species", List.of(), null).preprocessing().preset()).isEqualTo("csv");
    }
}
