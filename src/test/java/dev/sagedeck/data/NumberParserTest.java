package dev.sagedeck.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumberParserTest {

    private static Double parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        double[] out = new double[1];
        return NumberParser.parse(b, 0, b.length, out, 0) ? out[0] : null;
    }

    @Test
    void everyDecimalForm_matchesDoubleParseDoubleBitForBit() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 40_000; i++) {
            String s;
            switch (i % 5) {
                case 0: s = Double.toString(Double.longBitsToDouble(rnd.nextLong())); break;
                case 1: s = String.format(Locale.ROOT, "%.4f", rnd.nextDouble() * 1000); break;
                case 2: s = Long.toString(rnd.nextLong()); break;
                case 3: s = String.format(Locale.ROOT, "%de%d", rnd.nextInt(-99999, 99999), rnd.nextInt(-340, 340)); break;
                default: s = String.format(Locale.ROOT, "%.17g", rnd.nextDouble() * Math.pow(10, rnd.nextInt(-30, 30))); break;
            }
            if (s.contains("Infinity") || s.contains("NaN")) continue;
            double expected = Double.parseDouble(s);
            assertThat(parse(s)).as(s).isNotNull();
            assertThat(Double.doubleToRawLongBits(parse(s))).as(s).isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }

    @Test
    void csvStyleNumbers_parse() {
        assertThat(parse("7.25")).isEqualTo(7.25);
        assertThat(parse(" 22 ")).isEqualTo(22.0);
        assertThat(parse("+3")).isEqualTo(3.0);
        assertThat(parse("5.")).isEqualTo(5.0);
        assertThat(parse(".5")).isEqualTo(0.5);
        assertThat(parse("1E+2")).isEqualTo(100.0);
        assertThat(parse("0.000")).isEqualTo(0.0);
        assertThat(parse("-0")).isEqualTo(-0.0);
        assertThat(parse("00012")).isEqualTo(12.0);
        assertThat(parse("123456789012345678901234567890")).isEqualTo(1.2345678901234568e29);
        assertThat(parse("1e400")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(parse("nan")).isNaN();
        assertThat(parse("-Inf")).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void textThatOnlyStartsLikeANumber_isNotANumber() {
        for (String s : new String[] {"", " ", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "12abc", "0x10", "1,5", "S", "male", "1 2", "--1"}) {
            assertThat(parse(s)).as("'" + s + "'").isNull();
        }
    }
}
