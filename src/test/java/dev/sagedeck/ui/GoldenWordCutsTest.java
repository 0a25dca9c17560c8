package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import dev.sagedeck.testing.FocusLine;
import org.junit.jupiter.api.Test;

/**
 * Over every golden screen: no word is cut at a border, a pane edge or the screen's edge without
 * "…". A letter or digit right against a box border, or in the last column, is a word that went on.
 */
class GoldenWordCutsTest {
    private static final Path ROOT = Path.of("src/test/resources/golden");
    private static final Pattern SIZE = Pattern.compile("-(\\d+)x(\\d+)\\.txt$");

    @Test
    void noGoldenScreen_endsALineInTheMiddleOfAWord() throws IOException {
        List<String> cuts = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            Matcher m = SIZE.matcher(f.getFileName().toString());
            int width = m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int y = 0; y < lines.size(); y++) {
                String cut = cutIn(lines.get(y), width);
                if (cut != null) {
                    cuts.add(ROOT.relativize(f) + ":" + (y + 1) + ": ..." + cut + "   " + lines.get(y).strip());
                }
            }
        }
        assertThat(cuts).as("words cut without an ellipsis").isEmpty();
    }

    @Test
    void everyGoldenScreen_recordsWhichControlHasTheFocus() throws IOException {
        List<String> without = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ROOT)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                if (lines.isEmpty() || !lines.get(lines.size() - 1).startsWith(FocusLine.PREFIX)) {
                    without.add(ROOT.relativize(f).toString());
                }
            }
        }
        assertThat(without).as("golden screens without a last line 'focus: ...' (ScreenHarness.snapshot())").isEmpty();
    }

    @Test
    void everyGoldenScreen_existsAt60x20_80x24_and200x50() throws IOException {
        java.util.Map<String, java.util.Set<String>> sizes = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(ROOT)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Matcher m = SIZE.matcher(f.getFileName().toString());
                if (m.find()) {
                    String screen = ROOT.relativize(f).toString().replace(m.group(), "");
                    sizes.computeIfAbsent(screen, k -> new java.util.TreeSet<>()).add(m.group(1) + "x" + m.group(2));
                }
            }
        }
        assertThat(sizes).isNotEmpty();
        sizes.forEach((screen, at) -> assertThat(at).as(screen).containsExactlyInAnyOrder("200x50", "60x20", "80x24"));
    }

    @Test
    void theCheck_catchesACutWord_andLetsAnEllipsisOrAMarginPass() {
        assertThat(cutIn("| Set owner= in the confi|", 26)).isNotNull();
        assertThat(cutIn(" sagedeck 0.1.0 | local | owner: alice | AWS: us-east-1 (profile def", 69)).isNotNull();
        assertThat(cutIn("| Set owner= in the conf…|", 26)).isNull();
        assertThat(cutIn("| Set owner= in the     |", 26)).isNull();
        assertThat(cutIn("+- Job ------+", 14)).isNull();
        assertThat(cutIn("focus: Cancel", 60)).isNull();
    }

    /** The word cut in this line, or null. */
    static String cutIn(String line, int width) {
        if (line.startsWith("focus: ")) {
            return null;
        }
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == '|' || c == '+') && Character.isLetterOrDigit(line.charAt(i - 1)) && isBorder(line, i)) {
                return word(line, i);
            }
        }
        if (line.length() >= width - 1 && !line.isEmpty() && Character.isLetterOrDigit(line.charAt(line.length() - 1))) {
            return word(line, line.length());
        }
        return null;
    }

    /** A border is the last character, or followed by a space, another border or a box's top line. */
    private static boolean isBorder(String line, int i) {
        if (i == line.length() - 1) {
            return true;
        }
        char next = line.charAt(i + 1);
        return next == '|' || next == '+' || next == ' ' && line.lastIndexOf('|') == i;
    }

    private static String word(String line, int end) {
        int start = end;
        while (start > 0 && line.charAt(start - 1) != ' ') {
            start--;
        }
        return line.substring(start, end);
    }
}
