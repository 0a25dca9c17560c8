package dev.sagedeck.domain.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RangeSyntaxTest {

    @Test
    void theDocumentedForms_parseToTheirKindOfRange() {
        assertThat(RangeSyntax.range("max_depth=3:9")).isEqualTo(new ParameterRange.IntegerRange("max_depth", 3, 9, Scaling.AUTO));
        assertThat(RangeSyntax.range("eta=0.01:0.3:log")).isEqualTo(new ParameterRange.ContinuousRange("eta", 0.01, 0.3, Scaling.LOGARITHMIC));
        assertThat(RangeSyntax.range("learning_rate=0.1:1:linear")).isEqualTo(new ParameterRange.ContinuousRange("eta", 0.1, 1, Scaling.LINEAR));
        assertThat(RangeSyntax.range("gamma=0:5")).isInstanceOf(ParameterRange.IntegerRange.class);
        assertThat(RangeSyntax.range("gamma=0.0:5")).isInstanceOf(ParameterRange.ContinuousRange.class);
        assertThat(RangeSyntax.values("booster=gbtree,dart")).isEqualTo(new ParameterRange.CategoricalValues("booster", List.of("gbtree", "dart")));
    }

    @Test
    void aRangeWrittenBack_isTheSameText() {
        for (String text : List.of("max_depth=3:9", "eta=0.01:0.3:log", "subsample=0.5:1:lin")) {
            assertThat(RangeSyntax.range(text).text()).isEqualTo(text);
        }
        assertThat(RangeSyntax.values("booster=gbtree,dart").text()).isEqualTo("booster=gbtree,dart");
    }

    @Test
    void malformedRanges_sayWhatIsWrongAndTheExpectedForm() {
        assertThatThrownBy(() -> RangeSyntax.range("max_depth")).hasMessage("--range max_depth: expected NAME=MIN:MAX[:lin|log|auto], e.g. eta=0.01:0.3:log");
        assertThatThrownBy(() -> RangeSyntax.range("max_depth=3")).hasMessageContaining("expected MIN:MAX or MIN:MAX:SCALING");
        assertThatThrownBy(() -> RangeSyntax.range("eta=0.01:0.3:cubic")).hasMessage("--range eta=0.01:0.3:cubic: the scaling must be lin, log or auto; got 'cubic'");
        assertThatThrownBy(() -> RangeSyntax.range("max_depth=3:9.5")).hasMessage("--range max_depth=3:9.5: '9.5' is not a whole number");
        assertThatThrownBy(() -> RangeSyntax.range("eta=a:0.3")).hasMessage("--range eta=a:0.3: 'a' is not a number");
        assertThatThrownBy(() -> RangeSyntax.range("eta=NaN:0.3")).hasMessageContaining("'NaN' is not a number");
        assertThatThrownBy(() -> RangeSyntax.range("=1:2")).hasMessageContaining("expected NAME=MIN:MAX");
        assertThatThrownBy(() -> RangeSyntax.range("max depth=1:2")).hasMessageContaining("'max depth' is not a hyperparameter name");
    }

    @Test
    void malformedValues_sayWhatIsWrong() {
        assertThatThrownBy(() -> RangeSyntax.values("booster=gbtree")).hasMessageContaining("list at least two values").hasMessageContaining("--hp booster=gbtree");
        assertThatThrownBy(() -> RangeSyntax.values("booster=gbtree,,dart")).hasMessageContaining("an empty value");
        assertThatThrownBy(() -> RangeSyntax.values("booster=dart,dart")).hasMessageContaining("'dart' is listed twice");
    }
}
