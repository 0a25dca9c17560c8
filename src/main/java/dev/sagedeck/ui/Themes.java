package dev.sagedeck.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.PropertyTheme;
import com.googlecode.lanterna.graphics.Theme;
import com.googlecode.lanterna.graphics.ThemeDefinition;
import com.googlecode.lanterna.graphics.ThemeStyle;
import dev.sagedeck.app.view.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Loads a Lanterna property theme by name (bundled from {@code themes/}, or a file in the user's
 * config directory) and resolves each {@link Role} to colours and attributes.
 */
public final class Themes {
    public static final List<String> BUNDLED = List.of("default", "light", "high-contrast", "deuteranopia", "monochrome");

    /** The colours and attributes of one role. */
    public record Style(TextColor foreground, TextColor background, EnumSet<SGR> sgr) {}

    private Themes() {}

    /** The theme to use: the one asked for, else monochrome when NO_COLOR is set, else default. */
    public static String choose(String asked, Map<String, String> env, String configured) {
        if (asked != null && !asked.isBlank()) {
            return asked;
        }
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return "monochrome";
        }
        return configured != null ? configured : "default";
    }

    /**
     * The names a theme may have: the bundled ones (in their order), then the {@code .properties} files directly in the
     * user's theme folder. Nothing else is ever opened, so a name like {@code ../../x} loads no file.
     */
    public static java.util.Set<String> available(Path userThemeDir) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>(BUNDLED);
        if (userThemeDir != null && Files.isDirectory(userThemeDir)) {
            try (java.util.stream.Stream<Path> files = Files.list(userThemeDir)) {
                files.map(f -> f.getFileName().toString()).sorted()
                        .filter(f -> f.endsWith(".properties") && f.length() > ".properties".length() && !f.startsWith("."))
                        .forEach(f -> names.add(f.substring(0, f.length() - ".properties".length())));
            } catch (IOException e) {
                // an unreadable folder offers no themes of its own; the bundled ones remain
            }
        }
        return names;
    }

    /** Loads a theme; a name not among {@link #available} is an error that lists the themes there are. */
    public static Map<Role, Style> load(String name, Path userThemeDir) {
        java.util.Set<String> names = available(userThemeDir);
        if (name == null || !names.contains(name)) {
            throw new IllegalArgumentException("unknown theme '" + dev.sagedeck.app.InertText.of(String.valueOf(name)) + "'; themes: "
                    + String.join(", ", names) + (userThemeDir == null ? "" : " (add your own as " + userThemeDir.resolve("NAME.properties") + ")"));
        }
        Properties p = new Properties();
        Path user = userThemeDir == null ? null : userThemeDir.resolve(name + ".properties");
        try {
            if (user != null && Files.isRegularFile(user)) {
                try (Reader r = Files.newBufferedReader(user, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            } else {
                try (InputStream in = Themes.class.getResourceAsStream("/themes/" + name + ".properties")) {
                    if (in == null) {
                        throw new IllegalArgumentException("unknown theme '" + name + "'; themes: " + String.join(", ", BUNDLED)
                                + (userThemeDir == null ? "" : " (or a file " + userThemeDir.resolve(name + ".properties") + ")"));
                    }
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read theme '" + name + "': " + e.getMessage(), e);
        }
        Theme theme;
        try {
            theme = new PropertyTheme(p, false);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("theme '" + name + "' is not a valid Lanterna theme: " + e.getMessage(), e);
        }
        ThemeDefinition def = theme.getDefinition(Palette.class);
        ThemeStyle normal = def.getNormal();
        Map<Role, Style> styles = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            ThemeStyle st = role == Role.NORMAL ? normal : def.getCustom(role.name(), normal);
            EnumSet<SGR> sgr = st.getSGRs().isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(st.getSGRs());
            styles.put(role, new Style(st.getForeground(), st.getBackground(), sgr));
        }
        return styles;
    }
}
