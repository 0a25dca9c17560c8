package dev.sagedeck.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.data.ParallelCsv.Chunking;
import dev.sagedeck.data.RawColumn.Mode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large file read in chunks on several threads gives exactly the table (values, category codes
 * in first-appearance order, missing counts, warnings, lines) or the error (message, line, column)
 * that reading it in one go gives. Files are generated from seeds with what breaks naive splitting:
 * quoted fields holding newlines and lines that look like records, doubled and stray quotes, CRLF,
 * blank lines, a numeric column that turns text in a later chunk, errors in a later chunk.
 */
class ParallelCsvTest {
    private static final Chunking TWO_THREADS = new Chunking(2, 2, 0, 1);
    private static final Chunking SEVEN_CHUNKS_THREE_THREADS = new Chunking(3, 7, 0, 1);
    private static final Chunking FIVE_CHUNKS_ONE_THREAD = new Chunking(1, 5, 0, 1);
    private static final List<Chunking> CHUNKINGS = List.of(TWO_THREADS, SEVEN_CHUNKS_THREE_THREADS, FIVE_CHUNKS_ONE_THREAD);

    @TempDir
    Path dir;

    /** Which columns to load and how: as training does (the data decides) ... */
    private static Map<String, Mode> learning(List<String> header) {
        Map<String, Mode> plan = new LinkedHashMap<>();
        for (String name : header) {
            if (!name.equals("skipped")) plan.put(name, Mode.AUTO);
        }
        return plan;
    }

    /** ... and as a saved preprocessing does (categories fixed as text, numbers as numbers). */
    private static Map<String, Mode> applying(List<String> header) {
        Map<String, Mode> plan = new LinkedHashMap<>();
        plan.put("num", Mode.NUMBER);
        plan.put("cat", Mode.TEXT);
        plan.put("mixed", Mode.TEXT);
        return plan;
    }

    @Test
    void theJobReadsSequentially_unlessTheJvmIsAskedForTheParallelRead() {
        assertThat(Chunking.forThisMachine()).isEqualTo(Chunking.SEQUENTIAL);
        System.setProperty(Chunking.PARALLEL_PROPERTY, "true");
        try {
            assertThat(Chunking.forThisMachine()).isEqualTo(Chunking.onAllCores());
        } finally {
            System.clearProperty(Chunking.PARALLEL_PROPERTY);
        }
    }

    @Test
    void generatedFiles_readInChunks_giveTheSameTableAsOneSequentialRead() throws IOException {
        int chunked = 0;
        for (int seed = 0; seed < 60; seed++) {
            Path file = generate(seed, Trouble.NONE);
            for (Function<List<String>, Map<String, Mode>> plan : List.<Function<List<String>, Map<String, Mode>>>of(
                    ParallelCsvTest::learning, ParallelCsvTest::applying)) {
                String sequential = outcome(file, plan, Chunking.SEQUENTIAL);
                for (Chunking chunking : CHUNKINGS) {
                    assertThat(outcome(file, plan, chunking)).as("seed %d, %s", seed, chunking).isEqualTo(sequential);
                    if (RawTable.read(file, false, plan, chunking).parts > 1) chunked++;
                }
            }
        }
        assertThat(chunked).as("reads that really were split and merged").isGreaterThan(300);
    }

    @Test
    void errorsInALaterChunk_sayTheSameMessageLineAndColumn() throws IOException {
        for (Trouble trouble : List.of(Trouble.WRONG_WIDTH, Trouble.UNTERMINATED_QUOTE, Trouble.TEXT_AFTER_QUOTE, Trouble.INFINITE,
                Trouble.TEXT_WHERE_A_NUMBER_IS_EXPECTED)) {
            for (int seed = 0; seed < 12; seed++) {
                Path file = generate(seed, trouble);
                Function<List<String>, Map<String, Mode>> plan = trouble == Trouble.TEXT_WHERE_A_NUMBER_IS_EXPECTED
                        ? ParallelCsvTest::applying : ParallelCsvTest::learning;
                String sequential = outcome(file, plan, Chunking.SEQUENTIAL);
                assertThat(sequential).as("%s, seed %d", trouble, seed).startsWith("error ");
                for (Chunking chunking : CHUNKINGS) {
                    assertThat(outcome(file, plan, chunking)).as("%s, seed %d, %s", trouble, seed, chunking).isEqualTo(sequential);
                }
            }
        }
    }

    @Test
    void aWrongWidthOnTheLastLine_isReportedOnThatLine_whenReadInChunks() throws IOException {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 1000; i++) csv.append(i).append(",x\n");
        csv.append("1,2,3\n");
        Path file = write("late.csv", csv.toString());

        assertThat(outcome(file, ParallelCsvTest::learning, SEVEN_CHUNKS_THREE_THREADS))
                .isEqualTo("error CsvFormatException late.csv:1002:5: row has 3 fields but the header has 2 (an unquoted comma in a value?)");
    }

    @Test
    void aSplitInsideAQuotedFieldOfManyLines_isNoticedAndReadAgain() throws IOException {
        StringBuilder csv = new StringBuilder("id,note,cat\n");
        for (int i = 0; i < 200; i++) csv.append(i).append(",plain,").append(i % 3 == 0 ? "a" : "b").append('\n');
        csv.append("200,\"");
        for (int i = 0; i < 200; i++) csv.append(i).append(",looks,like a record\n"); // a quoted field over the middle of the file
        csv.append("\",c\n");
        for (int i = 201; i < 400; i++) csv.append(i).append(",plain,").append(i % 5 == 0 ? "d" : "a").append('\n');
        Path file = write("quoted.csv", csv.toString());

        RawTable table = RawTable.read(file, false, ParallelCsvTest::learning, TWO_THREADS);

        assertThat(table.parts).isEqualTo(2);
        assertThat(table.rows).isEqualTo(400);
        assertThat(table.column("cat").dictionary()).containsExactly("a", "b", "c", "d");
        assertThat(describe(table)).isEqualTo(outcome(file, ParallelCsvTest::learning, Chunking.SEQUENTIAL));
    }

    @Test
    void aColumnOfNumbersThatTurnsTextInTheLastChunk_keysItsEarlierNumbersAsTheSequentialReadDoes() throws IOException {
        StringBuilder csv = new StringBuilder("n\n");
        for (int i = 0; i < 3000; i++) csv.append(i % 7 == 0 ? "NA" : String.valueOf(i % 11 * 0.5)).append('\n');
        csv.append("eleven\n1.0\n");
        Path file = write("turns.csv", csv.toString());

        RawTable table = RawTable.read(file, false, ParallelCsvTest::learning, SEVEN_CHUNKS_THREE_THREADS);

        assertThat(table.parts).isEqualTo(7);
        assertThat(table.column("n").isText()).isTrue();
        assertThat(table.column("n").dictionary()).startsWith("0.5", "1", "1.5").contains("eleven");
        assertThat(table.typingWarnings("label")).singleElement()
                .satisfies(w -> assertThat(w.firstLine()).isEqualTo(3002));
        assertThat(describe(table)).isEqualTo(outcome(file, ParallelCsvTest::learning, Chunking.SEQUENTIAL));
    }

    @Test
    void aSmallFileOrOneCore_isReadSequentially() {
        assertThat(new Chunking(2, 2, 8L << 20, 4L << 20).chunks(8L << 20)).isEqualTo(2);
        assertThat(new Chunking(2, 2, 8L << 20, 4L << 20).chunks((8L << 20) - 1)).isEqualTo(1);
        assertThat(new Chunking(8, 8, 8L << 20, 4L << 20).chunks(9L << 20)).isEqualTo(2);
        assertThat(Chunking.SEQUENTIAL.chunks(Long.MAX_VALUE - 1)).isEqualTo(1);
    }

    private enum Trouble { NONE, WRONG_WIDTH, UNTERMINATED_QUOTE, TEXT_AFTER_QUOTE, INFINITE, TEXT_WHERE_A_NUMBER_IS_EXPECTED }

    /** A file of 300-900 records from {@code seed}, with {@code trouble} put in the last third. */
    private Path generate(int seed, Trouble trouble) throws IOException {
        Random random = new Random(seed);
        String[] cats = {"male", "female", "\"x, y\"", "S", "Q", "\"\"\"quoted\"\"\"", "n\"a", "NA", ""};
        StringBuilder csv = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
        String eol = random.nextBoolean() ? "\n" : "\r\n";
        csv.append("id,num,cat,skipped,mixed,note").append(eol);
        int rows = 300 + random.nextInt(600);
        int turnsText = random.nextInt(3) == 0 ? -1 : random.nextInt(rows);
        int troubleAt = rows * 2 / 3 + random.nextInt(rows / 3);
        for (int r = 0; r < rows; r++) {
            if (random.nextInt(40) == 0) csv.append(random.nextBoolean() ? "\n" : "\r\n"); // blank lines
            String num = switch (random.nextInt(12)) {
                case 0 -> "";
                case 1 -> "NA";
                case 2 -> "\"" + random.nextInt(100) + "\"";
                default -> String.valueOf(random.nextInt(2000) / 8.0);
            };
            String mixed = r == turnsText || (turnsText >= 0 && r > turnsText && random.nextInt(20) == 0) ? "n/a?" : String.valueOf(random.nextInt(5));
            String note = switch (random.nextInt(6)) {
                case 0 -> "\"two\nlines, " + r + "\"";
                case 1 -> "\"" + r + ",1.5,male,,2,\r\n" + r + ",\"\"x\"\"\"";  // holds a newline and what looks like a record
                case 2 -> "\"many\n\n\nlines\"";
                case 3 -> "it\"s";  // a stray quote in an unquoted field
                default -> "n" + r;
            };
            String cat = cats[random.nextInt(cats.length)];
            if (r == troubleAt) {
                switch (trouble) {
                    case WRONG_WIDTH -> note = note + ",extra";
                    case UNTERMINATED_QUOTE -> note = "\"never closed";
                    case TEXT_AFTER_QUOTE -> note = "\"closed\"then";
                    case INFINITE -> num = "1e39";
                    case TEXT_WHERE_A_NUMBER_IS_EXPECTED -> num = "lots";
                    case NONE -> { }
                }
            }
            csv.append(r).append(',').append(num).append(',').append(cat).append(',').append(random.nextInt(3) == 0 ? "" : "s")
                    .append(',').append(mixed).append(',').append(note);
            if (r < rows - 1 || random.nextBoolean()) csv.append(random.nextInt(10) == 0 ? "\r\n" : eol);
        }
        return write("gen-" + seed + "-" + trouble + ".csv", csv.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /** Everything a read gives, as text: the table whole, or the error's type and message. */
    private static String outcome(Path file, Function<List<String>, Map<String, Mode>> plan, Chunking chunking) {
        try {
            return describe(RawTable.read(file, false, plan, chunking));
        } catch (RuntimeException e) {
            return "error " + e.getClass().getSimpleName() + " " + e.getMessage();
        }
    }

    private static String describe(RawTable table) {
        StringBuilder out = new StringBuilder();
        out.append(table.source).append(' ').append(table.header).append(" rows=").append(table.rows)
                .append(" missing=").append(table.missingByColumn()).append('\n');
        for (RawColumn c : table.columns.values()) {
            out.append(c.name).append(" size=").append(c.size()).append(" missing=").append(c.missing())
                    .append(" firstMissingLine=").append(c.firstMissingLine()).append(" text=").append(c.isText());
            if (c.isText()) {
                out.append(" firstText=").append(c.firstText()).append(" dictionary=").append(c.dictionary()).append(" codes=");
                int[] codes = c.codes();
                for (int i = 0; i < c.size(); i++) out.append(codes[i]).append(' ');
            } else {
                out.append(" numbers=");
                float[] numbers = c.numbers();
                for (int i = 0; i < c.size(); i++) out.append(Float.floatToRawIntBits(numbers[i])).append(' ');
            }
            out.append('\n');
        }
        List<String> warnings = new ArrayList<>();
        for (DataWarning w : table.typingWarnings("mixed")) warnings.add(w.message());
        for (DataWarning w : table.typingWarnings("none")) warnings.add(w.message());
        return out.append(warnings).toString();
    }
}
