package dev.sagedeck.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagedeck.data.CsvReader.FieldKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each case runs with a tiny buffer too, so every refill boundary inside a record is crossed. */
class CsvReaderTest {

    private static CsvReader reader(String text, int buffer) throws IOException {
        return reader(text.getBytes(StandardCharsets.UTF_8), buffer);
    }

    private static CsvReader reader(byte[] bytes, int buffer) throws IOException {
        return new CsvReader(new ByteArrayInputStream(bytes), "data.csv", buffer, 1 << 20);
    }

    private static List<List<String>> rows(CsvReader r) throws IOException {
        List<List<String>> out = new ArrayList<>();
        while (r.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < r.fieldCount(); i++) row.add(r.text(i));
            out.add(row);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 17, 23, 1 << 20})
    void quotedFields_keepCommasQuotesAndNewlines(int buffer) throws IOException {
        String csv = "id,name,note\n"
                + "1,\"Braund, Mr. Owen\",\"said \"\"hi\"\"\"\n"
                + "2,\"two\nlines\",plain\n"
                + "3,,\"\"\n";
        try (CsvReader r = reader(csv, buffer)) {
            assertThat(r.header()).containsExactly("id", "name", "note");
            assertThat(rows(r)).containsExactly(
                    List.of("1", "Braund, Mr. Owen", "said \"hi\""),
                    List.of("2", "two\nlines", "plain"),
                    List.of("3", "", ""));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 1 << 20})
    void recordAfterMultiLineField_reportsItsOwnLine(int buffer) throws IOException {
        try (CsvReader r = reader("a,b\n1,\"x\ny\nz\"\n2,3\n", buffer)) {
            assertThat(r.next()).isTrue();
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.next()).isTrue();
            assertThat(r.line()).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 1 << 20})
    void crlfLoneCrAndMissingFinalNewline_allEndRecords(int buffer) throws IOException {
        try (CsvReader r = reader("a,b\r\n1,2\r\n\"3\",4\r5,6", buffer)) {
            assertThat(rows(r)).containsExactly(List.of("1", "2"), List.of("3", "4"), List.of("5", "6"));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 16, 1 << 20})
    void fileEndingRightAfterAComma_hasAnEmptyLastField(int buffer) throws IOException {
        try (CsvReader r = reader("a,b\n1,", buffer)) {
            assertThat(rows(r)).containsExactly(List.of("1", ""));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 1 << 20})
    void utf8Bom_isNotPartOfTheFirstColumnName(int buffer) throws IOException {
        byte[] body = "PassengerId,Name\n1,Zoë\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        try (CsvReader r = reader(withBom, buffer)) {
            assertThat(r.header()).containsExactly("PassengerId", "Name");
            assertThat(rows(r)).containsExactly(List.of("1", "Zoë"));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 1 << 20})
    void blankLines_areSkipped(int buffer) throws IOException {
        try (CsvReader r = reader("\na,b\n\n1,2\n\n\n3,4\n\n", buffer)) {
            assertThat(r.header()).containsExactly("a", "b");
            assertThat(rows(r)).containsExactly(List.of("1", "2"), List.of("3", "4"));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 1 << 20})
    void emptyFieldsAndPandasNaTokens_areMissing_numbersWithExponentsAreNumbers(int buffer) throws IOException {
        try (CsvReader r = reader("a,b,c,d,e,f,g,h\n,\"\",NA,  ,1e3,-2.5E-3,.5,male\n", buffer)) {
            assertThat(r.next()).isTrue();
            assertThat(r.kind(0)).isEqualTo(FieldKind.MISSING);
            assertThat(r.kind(1)).isEqualTo(FieldKind.MISSING);
            assertThat(r.kind(2)).isEqualTo(FieldKind.MISSING);
            assertThat(r.kind(3)).isEqualTo(FieldKind.MISSING);
            assertThat(r.kind(4)).isEqualTo(FieldKind.NUMBER);
            assertThat(r.number(4)).isEqualTo(1000.0);
            assertThat(r.number(5)).isEqualTo(-0.0025);
            assertThat(r.number(6)).isEqualTo(0.5);
            assertThat(r.kind(7)).isEqualTo(FieldKind.TEXT);
            assertThat(r.text(7)).isEqualTo("male");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 1 << 20})
    void unterminatedQuote_namesFileLineAndColumnWhereItOpened(int buffer) throws IOException {
        String csv = "a,b,c\n1,2,3\n4,5,\"never closed\n6,7,8\n";
        try (CsvReader r = reader(csv, buffer)) {
            assertThat(r.next()).isTrue();
            assertThatThrownBy(r::next)
                    .isInstanceOf(CsvFormatException.class)
                    .hasMessage("data.csv:3:5: unterminated quoted field (no closing quote before the end of the file)");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 1 << 20})
    void textAfterClosingQuote_isAnErrorAtThatCharacter(int buffer) throws IOException {
        try (CsvReader r = reader("a,b\n\"ab\"c,2\n", buffer)) {
            assertThatThrownBy(r::next)
                    .isInstanceOf(CsvFormatException.class)
                    .hasMessageStartingWith("data.csv:2:5: unexpected character 'c' after the closing quote");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 1 << 20})
    void rowWithExtraField_namesLineColumnAndBothCounts(int buffer) throws IOException {
        try (CsvReader r = reader("a,b,c\n1,2,3\n4,Smith, John,6\n", buffer)) {
            assertThat(r.next()).isTrue();
            CsvFormatException e = org.junit.jupiter.api.Assertions.assertThrows(CsvFormatException.class, r::next);
            assertThat(e.getMessage()).isEqualTo("data.csv:3:15: row has 4 fields but the header has 3 (an unquoted comma in a value?)");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(15);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 1 << 20})
    void rowWithTooFewFields_namesLineAndBothCounts(int buffer) throws IOException {
        try (CsvReader r = reader("a,b,c\n1,2\n", buffer)) {
            assertThatThrownBy(r::next).hasMessage("data.csv:2: row has 2 fields but the header has 3");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 1 << 20})
    void columnCountsCharactersNotBytes(int buffer) throws IOException {
        try (CsvReader r = reader("a,b\nZoë,\"x\"y\n", buffer)) {
            assertThatThrownBy(r::next).hasMessageStartingWith("data.csv:2:8: unexpected character 'y'");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 1 << 20})
    void duplicateColumnNames_areRejected(int buffer) {
        assertThatThrownBy(() -> reader("Age,Fare,Age\n1,2,3\n", buffer))
                .hasMessage("data.csv:1:10: duplicate column name 'Age' (columns 1 and 3)");
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 1 << 20})
    void emptyFile_saysAHeaderWasExpected(int buffer) {
        assertThatThrownBy(() -> reader("", buffer)).hasMessage("data.csv:1: the file is empty; expected a header row");
        assertThatThrownBy(() -> reader("\n\n", buffer)).hasMessage("data.csv:1: the file is empty; expected a header row");
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 1 << 20})
    void gzipFile_isRecognisedAndTheFixNamed(int buffer) {
        byte[] gz = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 'x', 'y'};
        assertThatThrownBy(() -> reader(gz, buffer)).hasMessageContaining("gzip-compressed").hasMessageContaining("gunzip");
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 1 << 20})
    void binaryBytesInHeader_areRejected(int buffer) {
        byte[] bin = {'a', 0, 'b', ',', 'c', '\n'};
        assertThatThrownBy(() -> reader(bin, buffer)).hasMessageContaining("NUL byte");
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 1 << 20})
    void headerWithInvalidUtf8_failsWhileReading_atFileLineColumn(int buffer) {
        // "Survived,Name,Ag\xE9" saved as Latin-1: the 0xE9 starts a 3-byte sequence that is not there
        byte[] latin1 = "Survived,Name,Ag\u00e9\n1,x,3\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader(latin1, buffer)).isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("data.csv:1:17: the header is not valid UTF-8 (byte 0xE9 in column name 3)");
        byte[] overlong = {'a', ',', (byte) 0xC0, (byte) 0xAF, '\n'}; // an overlong '/', never valid UTF-8
        assertThatThrownBy(() -> reader(overlong, buffer)).hasMessageStartingWith("data.csv:1:3: the header is not valid UTF-8");
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 1 << 20})
    void headerWithValidUtf8_isRead(int buffer) throws IOException {
        try (CsvReader r = reader("caf\u00e9,\u6e29\u5ea6,\ud83d\ude00\n1,2,3\n", buffer)) {
            assertThat(r.header()).containsExactly("caf\u00e9", "\u6e29\u5ea6", "\ud83d\ude00");
        }
    }

    @org.junit.jupiter.api.Test
    void recordLargerThanTheCap_failsInsteadOfEatingMemory() throws IOException {
        String csv = "a,b\n1,\"" + "x".repeat(5000) + "\n";
        try (CsvReader r = new CsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "big.csv", 64, 1024)) {
            assertThatThrownBy(r::next).hasMessageStartingWith("big.csv:2: a single record is longer than");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 1 << 20})
    void manyColumns_growTheFieldArrays(int buffer) throws IOException {
        StringBuilder head = new StringBuilder();
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            head.append(i == 0 ? "" : ",").append("c").append(i);
            row.append(i == 0 ? "" : ",").append(i);
        }
        try (CsvReader r = reader(head + "\n" + row + "\n", buffer)) {
            assertThat(r.next()).isTrue();
            assertThat(r.fieldCount()).isEqualTo(100);
            assertThat(r.kind(99)).isEqualTo(FieldKind.NUMBER);
            assertThat(r.number(99)).isEqualTo(99.0);
        }
    }
}
