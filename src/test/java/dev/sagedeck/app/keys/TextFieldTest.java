package dev.sagedeck.app.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one text-field rule every prompt uses: what typing, moving and deleting do to the text and the cursor. */
class TextFieldTest {

    private static TextField type(TextField f, String... keys) {
        for (String k : keys) {
            f = f.edit(new Key(k)).orElseThrow(() -> new AssertionError(k + " should edit"));
        }
        return f;
    }

    @Test
    void typingAfterMovingLeft_insertsWhereTheCursorIs() {
        TextField f = type(TextField.of("titanc.csv"), "<Left>", "<Left>", "<Left>", "<Left>", "<Left>", "i");
        assertThat(f.text()).isEqualTo("titanic.csv");
        assertThat(f.cursor()).isEqualTo(6);
    }

    @Test
    void homeAndEnd_andCtrlAAndCtrlE_jumpToTheEnds() {
        TextField f = type(TextField.of("abc"), "<Home>", "x", "<End>", "y", "<C-a>", "<Delete>");
        assertThat(f.text()).isEqualTo("abcy");
        assertThat(type(f, "<C-e>").cursorAtEnd()).isTrue();
    }

    @Test
    void backspaceAndDelete_takeTheCharacterBeforeOrUnderTheCursor_andDoNothingAtTheEdges() {
        assertThat(type(TextField.of("ab"), "<Backspace>").text()).isEqualTo("a");
        assertThat(type(TextField.of("ab"), "<Home>", "<Backspace>").text()).isEqualTo("ab");
        assertThat(type(TextField.of("ab"), "<Delete>").text()).isEqualTo("ab");
        assertThat(type(TextField.of("ab"), "<Home>", "<Delete>").text()).isEqualTo("b");
    }

    @Test
    void ctrlW_deletesTheWordBeforeTheCursor_onePathSegmentAtATime() {
        assertThat(type(TextField.of("status:Failed where:local"), "<C-w>").text()).isEqualTo("status:Failed ");
        assertThat(type(TextField.of("data/titanic/test.csv"), "<C-w>").text()).isEqualTo("data/titanic/");
        assertThat(type(TextField.of("data/titanic/"), "<A-Backspace>").text()).isEqualTo("data/");
    }

    @Test
    void ctrlU_andCtrlK_deleteEverythingBeforeOrAfterTheCursor() {
        TextField f = type(TextField.of("hello world"), "<C-Left>");
        assertThat(type(f, "<C-u>").text()).isEqualTo("world");
        assertThat(type(f, "<C-k>").text()).isEqualTo("hello ");
        assertThat(type(f, "<C-Left>", "<C-Right>").cursor()).isEqualTo(5);
    }

    @Test
    void aPrefilledValue_theFirstCharacterTyped_replacesIt_likeASelectedValueInAForm() {
        TextField f = type(TextField.prefilled("3"), "5");
        assertThat(f.text()).isEqualTo("5");
        assertThat(f.selected()).isFalse();
        assertThat(type(f, "0").text()).as("only the first key replaces; then typing goes on").isEqualTo("50");
    }

    @Test
    void aPrefilledValue_backspaceAndArrows_keepItAndEditIt() {
        assertThat(type(TextField.prefilled("0.1"), "<Backspace>", "2").text()).isEqualTo("0.2");
        assertThat(type(TextField.prefilled("0.8"), "<Left>", "9").text()).isEqualTo("0.98");
        assertThat(type(TextField.prefilled("data/titanic.csv"), "<C-w>", "x").text()).isEqualTo("data/x");
        assertThat(type(TextField.prefilled("abc"), "<End>", "d").text()).isEqualTo("abcd");
    }

    @Test
    void aValueTheUserTyped_orACompletion_isNotSelected_soTypingAppends() {
        assertThat(type(TextField.of("ab"), "c").text()).isEqualTo("abc");
        assertThat(type(TextField.prefilled("ti").withText("titanic_"), "t").text()).isEqualTo("titanic_t");
        assertThat(TextField.prefilled("").selected()).as("nothing to replace").isFalse();
        assertThat(TextField.prefilled("x").edit(Key.ENTER)).as("Enter is the caller's, the value stays selected").isEmpty();
    }

    @Test
    void aLimitedField_ignoresTypingBeyondItsLength() {
        TextField f = type(TextField.of("").limitedTo(4), "1", "2", "3", "4", "5");
        assertThat(f.text()).isEqualTo("1234");
    }

    @Test
    void keysThatDoNotEdit_areLeftToTheCaller() {
        assertThat(TextField.of("a").edit(Key.ENTER)).isEmpty();
        assertThat(TextField.of("a").edit(Key.ESC)).isEmpty();
        assertThat(TextField.of("a").edit(Key.TAB)).isEmpty();
    }
}
