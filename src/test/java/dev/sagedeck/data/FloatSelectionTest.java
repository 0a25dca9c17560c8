package dev.sagedeck.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.data.Preprocessing.Feature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The k-th value picked without sorting must be the one a sort puts at k, for any mix of values. */
class FloatSelectionTest {
    @Test
    void everyRank_isWhatSortingTheValuesPutsThere_negativesZerosTiesAndMissingIncluded() {
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            int size = 1 + random.nextInt(400);
            float[] values = new float[size + 5]; // the tail past size is not part of the column
            for (int i = 0; i < values.length; i++) {
                switch (random.nextInt(6)) {
                    case 0 -> values[i] = Float.NaN;
                    case 1 -> values[i] = random.nextBoolean() ? 0.0f : -0.0f;
                    case 2 -> values[i] = random.nextInt(5) - 2; // ties
                    case 3 -> values[i] = (float) (random.nextGaussian() * 1e-30); // tiny, both signs
                    default -> values[i] = (float) (random.nextGaussian() * 1e6);
                }
            }
            float[] sorted = new float[size];
            int present = 0;
            for (int i = 0; i < size; i++) if (!Float.isNaN(values[i])) sorted[present++] = values[i];
            Arrays.sort(sorted, 0, present);
            assertThat(FloatSelection.present(values, size)).isEqualTo(present);
            for (int k = 0; k < present; k++) {
                assertThat(Float.floatToIntBits(FloatSelection.kth(values, size, k))).as("rank %d of %d", k, present)
                        .isEqualTo(Float.floatToIntBits(sorted[k]));
            }
        }
    }

    @Test
    void titanicAgeFill_withAnEvenCountOfAges_isTheMeanOfTheMiddleTwo(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("train.csv");
        Files.writeString(csv, """
                PassengerId,Survived,Pclass,Name,Sex,Age,SibSp,Parch,Ticket,Fare,Cabin,Embarked
                1,0,3,a,male,30,0,0,t,7.25,,S
                2,1,1,b,female,,0,0,t,71.3,C85,C
                3,1,3,c,female,22,0,0,t,7.9,,S
                4,1,1,d,female,41,1,0,t,53.1,C123,S
                5,0,3,e,male,18,0,0,t,8.05,,S
                """);
        Preprocessing p = DataLoading.learn(csv, "titanic", null, List.of(), null).preprocessing();
        // pandas: Age [30, NaN, 22, 41, 18].median() == (22 + 30) / 2
        assertThat(p.features().get(3)).isEqualTo(Feature.number("Age", 26.0));
    }
}
