package dev.sagedeck.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled Titanic training file with stray values written into its Age column, the way a
 * broken export leaves them (a NUL byte after the number): a real file for the tests of the
 * warnings about column typing.
 */
public final class StrayValues {
    /** Rows 2..: PassengerId,Survived,Pclass,"Name",Sex,Age,... (the name is quoted and holds a comma). */
    private static final Pattern AGE = Pattern.compile("^(\\d+,\\d,\\d,\"(?:[^\"]|\"\")*\",(?:male|female),)([^,]*)(,.*)$");
    /** Ages in the untouched file (177 of the 713 rows have none). */
    public static final int AGES = 573;

    private StrayValues() {}

    /** The untouched sample, written to {@code dir/titanic_train.csv}. */
    public static Path titanic(Path dir) throws IOException {
        Path file = dir.resolve("titanic_train.csv");
        try (InputStream in = StrayValues.class.getResourceAsStream("/samples/titanic/titanic_train.csv")) {
            Files.copy(in, file);
        }
        return file;
    }

    /**
     * The sample with {@code suffix} appended to the first {@code count} ages (rows that have one);
     * returns the file. The file lines changed are in {@code linesOut} when it is not null.
     */
    public static Path titanicWithStrayAges(Path dir, int count, String suffix, List<Integer> linesOut) throws IOException {
        List<String> lines = Files.readAllLines(titanic(dir), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        int changed = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = AGE.matcher(lines.get(i));
            if (i > 0 && changed < count && m.matches() && !m.group(2).isEmpty()) {
                out.add(m.group(1) + m.group(2) + suffix + m.group(3));
                changed++;
                if (linesOut != null) linesOut.add(i + 1);
            } else {
                out.add(lines.get(i));
            }
        }
        if (changed < count) throw new IllegalStateException("only " + changed + " ages found");
        Path file = dir.resolve("titanic_stray_ages.csv");
        Files.write(file, (String.join("\n", out) + "\n").getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
