package dev.sagedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.format.Formats;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.LogLine;
import dev.sagedeck.domain.Timing;
import dev.sagedeck.domain.TrainingJob;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CliTextTest {
    @Test
    void durations_readLikeATable() {
        assertThat(Formats.duration(Duration.ofSeconds(45))).isEqualTo("45s");
        assertThat(Formats.duration(Duration.ofSeconds(192))).isEqualTo("3m 12s");
        assertThat(Formats.duration(Duration.ofMinutes(125))).isEqualTo("2h 05m");
        assertThat(Formats.duration(Duration.ofHours(76))).isEqualTo("3d 04h");
    }

    @Test
    void stopQuestion_namesJobWhereAndHowLong_andWantsTheLastFourCharacters() {
        Instant now = Instant.parse("2025-01-01T00:10:00Z");
        TrainingJob job = TrainingJob.builder("alice-xgboost-20250101-000648", Backend.LOCAL)
                .timing(new Timing(now.minusSeconds(200), now.minusSeconds(192), null, null, null)).build();

        assertThat(StopConfirmation.prompt(job, now)).isEqualTo(
                "Stop alice-xgboost-20250101-000648 (local, running 3m 12s)? Type the last 4 characters of the name to confirm: ");
        assertThat(dev.sagedeck.app.StopPolicy.confirms(job.name(), "0648\n")).isTrue();
        assertThat(dev.sagedeck.app.StopPolicy.confirms(job.name(), "y")).isFalse();
        assertThat(dev.sagedeck.app.StopPolicy.confirms(job.name(), null)).isFalse();
    }

    @Test
    void logLines_areInert_andNamedByInstanceWhenNotLocal() {
        assertThat(LogFollower.format(new LogLine(null, "local", "\u001b]0;pwned\u0007x"))).isEqualTo("\u241B]0;pwned\u2407x");
        assertThat(LogFollower.format(new LogLine(null, "local", "x".repeat(10_000)))).hasSize(10_000); // logs are not cut
        assertThat(LogFollower.format(new LogLine(null, "algo-2-1700000000", "[3]#011train-logloss:0.4")))
                .isEqualTo("[algo-2-1700000000] [3]     train-logloss:0.4"); // CloudWatch's #011 is a tab: columns
    }
}
