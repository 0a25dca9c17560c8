package dev.sagedeck.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JobNamesTest {
    private static final LocalDateTime T = LocalDateTime.of(2025, 3, 7, 9, 5, 2);

    @Test
    void defaultName_isOwnerBaseTimestampAndAShortTail() {
        assertThat(JobNames.generate("alice", "xgboost", T, "k3x9")).isEqualTo("alice-xgboost-20250307-090502-k3x9");
        assertThat(JobNames.generate("alice", "xgboost", T)).matches("alice-xgboost-20250307-090502-[a-z0-9]{4}");
    }

    @Test
    void threeLaunchesInTheSameSecond_getThreeDifferentNames() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            names.add(JobNames.generate("alice", "xgboost", T));
        }
        assertThat(names).hasSize(3).allSatisfy(n -> assertThat(JobNames.isValid(n)).isTrue());
    }

    @Test
    void defaultName_cleansAnOsUserAndAScriptName_toValidCharacters() {
        String name = JobNames.generate("ec2_user", "train_xgboost", T, "0000");
        assertThat(name).isEqualTo("ec2-user-train-xgboost-20250307-090502-0000");
        assertThat(JobNames.isValid(name)).isTrue();
    }

    @Test
    void defaultName_withALongBase_isCutTo63_andStaysValid() {
        String name = JobNames.generate("alice", "a".repeat(80), T, "0000");
        assertThat(name).hasSize(63).startsWith("alice-aaa").endsWith("-20250307-090502-0000");
        assertThat(JobNames.isValid(name)).isTrue();
    }

    @Test
    void defaultName_withAVeryLongOwner_keepsTheTimestamp() {
        String name = JobNames.generate("o".repeat(70), "xgboost", T, "0000");
        assertThat(name.length()).isLessThanOrEqualTo(63);
        assertThat(name).endsWith("-20250307-090502-0000");
        assertThat(JobNames.isValid(name)).isTrue();
    }

    @Test
    void underscore_isNamedWithItsPosition() {
        assertThat(JobNames.problem("my_job")).hasValueSatisfying(m ->
                assertThat(m).contains("'my_job'").contains("underscore").contains("position 3"));
    }

    @Test
    void dotAndSpaceAndNonAscii_areNamed() {
        assertThat(JobNames.problem("a.b")).hasValueSatisfying(m -> assertThat(m).contains("dot").contains("position 2"));
        assertThat(JobNames.problem("a b")).hasValueSatisfying(m -> assertThat(m).contains("space"));
        assertThat(JobNames.problem("caf\u00e9")).hasValueSatisfying(m -> assertThat(m).contains("U+00E9").contains("position 4"));
    }

    @Test
    void tooLong_saysByHowMuch() {
        assertThat(JobNames.problem("a".repeat(70))).hasValueSatisfying(m -> assertThat(m).contains("too long: 70 > 63"));
        assertThat(JobNames.problem("a".repeat(63))).isEmpty();
    }

    @Test
    void leadingOrTrailingHyphen_andEmpty_areRejected() {
        assertThat(JobNames.problem("-abc")).hasValueSatisfying(m -> assertThat(m).contains("starts with a hyphen"));
        assertThat(JobNames.problem("abc-")).hasValueSatisfying(m -> assertThat(m).contains("ends with a hyphen"));
        assertThat(JobNames.problem("")).hasValueSatisfying(m -> assertThat(m).contains("empty"));
    }

    @Test
    void sageMakerPattern_acceptsDoubleHyphensAndDigits() {
        assertThat(JobNames.isValid("a--b-9")).isTrue();
        assertThat(JobNames.isValid("7")).isTrue();
    }
}
