package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --theme NAME} opens only themes from the themes folders, whatever the name says. */
class ThemeNamesTest {
    @TempDir
    Path config;

    @Test
    void aNameWithDotDotOrSlash_loadsNoFile_andTheErrorListsTheValidNames() throws IOException {
        Path themes = Files.createDirectories(config.resolve("themes"));
        Files.copy(Themes.class.getResourceAsStream("/themes/default.properties"), themes.resolve("mine.properties"));
        // a valid theme file outside the folder: reachable by path, so only the name rule keeps it out
        Files.copy(Themes.class.getResourceAsStream("/themes/default.properties"), config.resolve("secret.properties"));

        for (String name : new String[] {"../secret", config.resolve("secret").toString(), "themes/../../secret", "./mine", "mine/"}) {
            assertThatThrownBy(() -> Themes.load(name, themes)).as(name)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown theme '" + name + "'")
                    .hasMessageContaining("themes: default, light, high-contrast, deuteranopia, monochrome, mine");
        }
        assertThat(Themes.load("mine", themes)).isNotEmpty();
        assertThat(Themes.load("light", themes)).isNotEmpty();
    }

    @Test
    void theConfiguredThemeFromTheConfigFile_followsTheSameRule() {
        assertThatThrownBy(() -> Themes.load(Themes.choose(null, java.util.Map.of(), "../../etc/x"), config.resolve("themes")))
                .hasMessageContaining("unknown theme '../../etc/x'");
    }
}
