package dev.sagedeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InertTextTest {

    @Test
    void ansiColourAndScreenClearing_showAsSymbolsNotEscapes() {
        String hostile = "\u001B[2J\u001B[31mred\u001B[0m";

        String shown = InertText.of(hostile);

        assertThat(shown).doesNotContain("\u001B").isEqualTo("␛[2J␛[31mred␛[0m");
    }

    @Test
    void controlBytesBellBackspaceAndC1_areVisibleInstead() {
        assertThat(InertText.of("a\u0007b\bc\rd\u009Be\u007F")).isEqualTo("a␇b␈c␍d\uFFFDe␡");
    }

    @Test
    void bidiOverride_cannotReorderTheLine() {
        assertThat(InertText.of("job\u202Eevil")).isEqualTo("job\uFFFDevil");
    }

    @Test
    void tabs_becomeSpacesToTheNextStop() {
        assertThat(InertText.of("[1]\ttrain")).isEqualTo("[1]     train");
    }

    @Test
    void megabyteLine_isCutWithACountOfWhatWasLeftOut() {
        String line = "x".repeat(1_048_576);

        String shown = InertText.of(line, 100);

        assertThat(shown).startsWith("x".repeat(100)).endsWith("(1048476 more characters)");
    }

    @Test
    void accentsPassThrough_emojiBecomeOneCell_andBrokenSurrogatesAreMarked() {
        // Lanterna 3.1 draws each UTF-16 half of an emoji in its own cell (issue #505): one '?' keeps the row aligned
        assertThat(InertText.of("café 🚀")).isEqualTo("café ?");
        assertThat(InertText.of("e\u0301x")).as("a combining accent would take a cell of its own").isEqualTo("ex");
        assertThat(InertText.of("a\uD83Db")).isEqualTo("a\uFFFDb");
        assertThat(InertText.isInert("plain text")).isTrue();
        assertThat(InertText.isInert("x\u001B[0m")).isFalse();
    }
}
