package dev.sagedeck.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/RELIABILITY.md cannot rot: every row names at least one test, every {@code Class#method} it
 * names exists in src/test/java, and the table keeps at least 80 rows.
 */
class ReliabilityTableTest {
    static final Path DOC = Path.of("docs/RELIABILITY.md");
    static final Path TESTS = Path.of("src/test/java/dev/sagedeck");
    /** {@code pkg.Class#method} or {@code Class#method}, the package relative to dev.sagedeck. */
    static final Pattern TEST = Pattern.compile("([a-z][a-z0-9]*\\.)*([A-Z][A-Za-z0-9]*)#([A-Za-z_][A-Za-z0-9_]*)");

    static List<String> rows() throws IOException {
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(DOC)) {
            if (line.startsWith("| ") && !line.startsWith("| input |") && !line.startsWith("|---")) {
                rows.add(line);
            }
        }
        return rows;
    }

    @Test
    void theTableHasAtLeast80Rows_eachWithInputExpectedAndATest() throws IOException {
        List<String> rows = rows();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(80);
        for (String row : rows) {
            String[] cells = row.split("(?<!\\\\)\\|", -1);
            assertThat(cells.length).as("three cells in: %s", row).isGreaterThanOrEqualTo(5);
            String test = cells[cells.length - 2];
            assertThat(TEST.matcher(test).find()).as("a Class#method in the last cell of: %s", row).isTrue();
        }
    }

    @Test
    void everyClassAndMethodTheTableNames_existsInTheTestSources() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String row : rows()) {
            String[] cells = row.split("(?<!\\\\)\\|", -1);
            Matcher m = TEST.matcher(cells[cells.length - 2]);
            while (m.find()) {
                String pkg = m.group(0).contains(".") ? m.group(0).substring(0, m.group(0).lastIndexOf('.', m.group(0).indexOf('#'))) : null;
                String cls = m.group(2);
                String method = m.group(3);
                List<Path> files = find(cls, pkg);
                boolean found = false;
                for (Path f : files) {
                    found |= Pattern.compile("void\\s+" + Pattern.quote(method) + "\\s*\\(").matcher(Files.readString(f)).find();
                }
                if (!found) {
                    missing.add(m.group(0) + (files.isEmpty() ? " (no such class)" : " (no such method)"));
                }
            }
        }
        assertThat(missing).as("tests named in docs/RELIABILITY.md that do not exist").isEmpty();
    }

    private static List<Path> find(String cls, String pkg) throws IOException {
        try (Stream<Path> all = Files.walk(TESTS)) {
            return all.filter(p -> p.getFileName().toString().equals(cls + ".java"))
                    .filter(p -> pkg == null || TESTS.relativize(p.getParent()).toString().replace('/', '.').equals(pkg))
                    .toList();
        }
    }
}
