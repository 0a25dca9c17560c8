package dev.sagedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandWordsTest {
    @Test
    void theReadmesShellExample_becomesShDashCAndOneScript() {
        assertThat(CommandWords.split("sh -c \"notify-send sagedeck \\\"$SAGEDECK_MESSAGE\\\"\""))
                .containsExactly("sh", "-c", "notify-send sagedeck \"$SAGEDECK_MESSAGE\"");
    }

    @Test
    void shellSyntaxIsJustCharactersOfWords() {
        assertThat(CommandWords.split("echo a;b | c $(d) `e` > f"))
                .containsExactly("echo", "a;b", "|", "c", "$(d)", "`e`", ">", "f");
        assertThat(CommandWords.split("say 'it''s here'  \"x y\"")).containsExactly("say", "its here", "x y");
    }

    @Test
    void anUnclosedQuoteOrNothingAtAll_isAnError() {
        assertThatThrownBy(() -> CommandWords.split("say 'oops")).hasMessageContaining("unclosed");
        assertThatThrownBy(() -> CommandWords.split("   ")).hasMessageContaining("empty");
    }
}
