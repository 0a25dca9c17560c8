package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.googlecode.lanterna.TextColor;
import dev.sagedeck.app.view.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Themes are Lanterna property files; each bundled one loads, and mistakes are reported clearly. */
class ThemesTest {

    @Test
    void everyBundledTheme_loads_andStylesEveryRole() {
        for (String name : Themes.BUNDLED) {
            Map<Role, Themes.Style> styles = Themes.load(name, null);
            assertThat(styles).as(name).containsKeys(Role.values());
        }
    }

    @Test
    void failedAndCompleted_lookDifferent_inTheColourThemes() {
        for (String name : new String[] {"default", "light", "high-contrast", "deuteranopia"}) {
            Map<Role, Themes.Style> s = Themes.load(name, null);
            assertThat(s.get(Role.FAILED).foreground()).as(name).isNotEqualTo(s.get(Role.COMPLETED).foreground());
        }
    }

    @Test
    void monochrome_usesNoColourAtAll() {
        Map<Role, Themes.Style> s = Themes.load("monochrome", null);
        for (Themes.Style st : s.values()) {
            assertThat(st.foreground()).isEqualTo(TextColor.ANSI.DEFAULT);
            assertThat(st.background()).isEqualTo(TextColor.ANSI.DEFAULT);
        }
    }

    @Test
    void noColor_choosesMonochrome_unlessAThemeIsAskedFor() {
        assertThat(Themes.choose(null, Map.of("NO_COLOR", "1"), null)).isEqualTo("monochrome");
        assertThat(Themes.choose("light", Map.of("NO_COLOR", "1"), null)).isEqualTo("light");
        assertThat(Themes.choose(null, Map.of(), null)).isEqualTo("default");
        assertThat(Themes.choose(null, Map.of(), "high-contrast")).isEqualTo("high-contrast");
    }

    @Test
    void unknownTheme_isAnErrorListingTheThemesThereAre() {
        assertThatThrownBy(() -> Themes.load("solarised", null))
                .hasMessageContaining("unknown theme 'solarised'").hasMessageContaining("default, light, high-contrast");
    }

    @Test
    void aUserThemeFile_withATypoInAClassName_isReportedNotIgnored(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.properties"), "dev.sagedeck.ui.Pallete.foreground[FAILED] = red\n");
        assertThatThrownBy(() -> Themes.load("mine", dir)).hasMessageContaining("theme 'mine' is not a valid Lanterna theme");
    }
}
