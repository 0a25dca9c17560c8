package dev.sagedeck.app.view;

import dev.sagedeck.app.Rect;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The canvas is where text enters the screen: whatever a painter passes, no cell holds a control character. */
class CanvasTest {

    static boolean control(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    @Test
    void everyC0DelAndC1Character_isDrawnAsAVisibleSymbol_soNoPainterCanForget() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xA0; c++) {
            if (control(c) && c != '\t') {
                all.append(c);
            }
        }
        Canvas canvas = new Canvas(80, 2);

        int used = canvas.put(0, 0, all.toString(), Role.NORMAL);

        assertThat(used).isEqualTo(all.length());
        for (int x = 0; x < used; x++) {
            assertThat(control(canvas.charAt(x, 0))).as("cell %d holds U+%04X", x, (int) canvas.charAt(x, 0)).isFalse();
        }
        assertThat(canvas.toString()).startsWith("␀␁␂").contains("␛").contains("␡");
    }

    @Test
    void escapeSequence_showsAsText_andKeepsToItsWidth_withAVisibleCut() {
        Canvas canvas = new Canvas(20, 1);

        canvas.put(2, 0, "\u001B[2Jred\u001B[0m and more text", Role.NORMAL, 10);

        assertThat(canvas.toString()).isEqualTo("  ␛[2Jred␛[…\n");
    }

    @Test
    void tabsBecomeSpaces_andAFillWithAControlCharacterPaintsASymbol() {
        Canvas canvas = new Canvas(20, 2);

        canvas.put(0, 0, "a\tb", Role.NORMAL);
        canvas.fill(new Rect(0, 1, 3, 1), '\u001B', Role.NORMAL);

        assertThat(canvas.toString()).isEqualTo("a       b\n␛␛␛\n");
    }
}
