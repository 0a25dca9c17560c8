package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.Wiring;
import dev.sagedeck.app.Jobs;
import dev.sagedeck.app.Text;
import dev.sagedeck.cli.SagedeckCommand;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.testing.InMemoryTrainingJobs;
import dev.sagedeck.testing.ScreenHarness;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal at its worst: none at all, or one or two cells. */
class TerminalEdgesTest {

    @Test
    void noTerminalAtAll_theDashboardSaysUseTheSubcommands_exit2(@TempDir Path home) {
        // surefire runs without a console: exactly what a pipe or a cron job gives the dashboard
        StringWriter err = new StringWriter();
        picocli.CommandLine cl = SagedeckCommand.commandLine(new Wiring(Map.of("SAGEDECK_HOME", home.toString(), "SAGEDECK_OWNER", "alice")));
        cl.setErr(new PrintWriter(err, true));

        int code = cl.execute();

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(Text.NOT_A_TERMINAL);
    }

    @Test
    void oneCellAndTwoRowTerminals_drawWithoutCrashing_andTheDashboardComesBackWhenResized() {
        InMemoryTrainingJobs b = new InMemoryTrainingJobs(Backend.SAGEMAKER, Ownership.of("alice"));
        b.put(Jobs.running("alice-xgb-20261126-115500", "alice"));
        try (ScreenHarness h = ScreenHarness.start(1, 1, b, "alice")) {
            h.press("<Down>?<Esc>");
            h.resize(5, 2).press("j");
            h.resize(80, 24);

            assertThat(h.text()).contains("alice-xgb-20261126-115500");
        }
    }
}
