package dev.sagedeck.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one wrapping and cutting rule: words stay whole, tokens keep both ends, every cut shows "…". */
class TextFitTest {

    @Test
    void prose_wrapsAtSpaces_neverInsideAWord() {
        assertThat(TextFit.wrap("Set owner= in the config file to see your jobs", 20, 0))
                .containsExactly("Set owner= in the", "config file to see", "your jobs");
    }

    @Test
    void aPathWiderThanTheLine_goesToItsOwnRow_andOnlyItIsSplit() {
        Line log = Line.of("Model saved to /tmp/home/jobs/alice-xgboost-20261206/model.ubj", Role.NORMAL);
        assertThat(TextFit.split(log, 24, 2)).extracting(Line::text)
                .containsExactly("Model saved to", "  /tmp/home/jobs/alice-x", "  gboost-20261206/model.", "  ubj");
        assertThat(TextFit.wrap(log, 24, 2)).extracting(Line::text)
                .containsExactly("Model saved to", "  /tmp/home/…6/model.ubj");
    }

    @Test
    void aStyledField_wrapsUnderItsValue_keepingRoles() {
        Line field = Line.field("Model", "/tmp/a/b/model.ubj and a note", Role.NORMAL);
        List<Line> rows = TextFit.wrap(field, 30);
        assertThat(rows).extracting(Line::text).containsExactly("Model       /tmp/a/b/model.ubj", "            and a note");
        assertThat(rows.get(0).spans().get(0).role()).isEqualTo(Role.DIM);
        assertThat(rows.get(1).spans().get(1).role()).isEqualTo(Role.NORMAL);
    }

    @Test
    void aFieldWhoseValueIsOneLongToken_keepsItOnTheLabelsRow_cutInTheMiddle() {
        Line arn = Line.field("ARN", "arn:aws:sagemaker:us-east-1:123456789012:training-job/alice-xgb-20261126-115500", Role.DIM);
        assertThat(TextFit.wrap(arn, 50)).extracting(Line::text)
                .containsExactly("ARN         arn:aws:sagemaker:…xgb-20261126-115500");
    }

    @Test
    void aLongJobName_isCutInTheMiddle_soBothEndsShow() {
        assertThat(TextFit.middle("alice-xgboost-20261206-125106", 15)).isEqualTo("alice-x…-125106");
        assertThat(TextFit.middle("short", 15)).isEqualTo("short");
    }

    @Test
    void namesThatShareTheirMiddle_areCutSoNoTwoLookTheSame() {
        List<String> names = List.of("alice-xgboost-20261206-125106-a", "alice-xgboost-20261206-125106-b");
        List<String> cut = TextFit.distinct(names, 12);
        assertThat(cut).doesNotHaveDuplicates();
        assertThat(cut).allSatisfy(n -> assertThat(Canvas.widthOf(n)).isLessThanOrEqualTo(12));
    }

    @Test
    void proseOnOneLine_keepsWholeWords_andEndsInAnEllipsis() {
        assertThat(TextFit.words("4 equal hyperparameters hidden (d shows all)", 20)).isEqualTo("4 equal …");
        assertThat(TextFit.words("Saved the comparison to /tmp/state/comparisons/compare-1.csv", 40))
                .isEqualTo("Saved the comparison to /tmp/st…re-1.csv");
        assertThat(TextFit.end("0123456789", 5)).isEqualTo("0123…");
        assertThat(TextFit.tail("/home/alice/data/test.csv", 10)).isEqualTo("…/test.csv");
    }

    @Test
    void theCanvas_marksAnyCutWithAnEllipsis() {
        Canvas c = new Canvas(10, 1);
        c.put(0, 0, "abcdefghijkl", Role.NORMAL, 6);
        assertThat(c.toString()).isEqualTo("abcde…\n");
        c = new Canvas(10, 1);
        c.put(0, 0, "abc      ", Role.NORMAL, 6);
        assertThat(c.toString()).isEqualTo("abc\n");
    }
}
