package dev.sagedeck.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dist/sagedeck's side of {@code train --wait} (docs/LOCAL-JOBS.md): it copies the pipe the run
 * writes its log into, prints the outcome the run left and exits with its code; without mkfifo it
 * lets the JVM follow the run; when the run could not report, it asks the record (through the JVM).
 * The fake java plays sagedeck's JVM and the run's process ({@code FAKE_RUN} says how the run goes).
 */
class TrainWaitLauncherTest {
    private static final String FAKE_SAGEDECK = """
            d=${SAGEDECK_WAIT_HANDOFF:-}
            case " $* " in *" --report-on "*) echo "outcome from the record"; exit 1 ;; esac
            [ -n "$d" ] || { echo "followed in the JVM"; exit 0; }
            case $FAKE_RUN in
                bad) echo "sagedeck train: no training data" >&2; exit 2 ;;
                ok) ( exec 3>"$d/log"; : >"$d/attached"; echo "[0] train-logloss:0.65" >&3; echo "[1] train-logloss:0.61" >&3
                      echo "alice-x: Completed" >"$d/result"; echo 0 >"$d/rc" ) & ;;
                failed) ( exec 3>"$d/log"; : >"$d/attached"; echo "ValueError: abc" >&3
                      echo "alice-x: Failed" >"$d/result"; echo 1 >"$d/rc" ) & ;;
                killed) ( exec 3>"$d/log"; : >"$d/attached"; echo "[0] train-logloss:0.65" >&3 ) & ;;
                dead) ( exit 0 ) & ;;
            esac
            echo $! >"$d/pid"; echo alice-x >"$d/name"; echo "The run goes on." >"$d/hint"
            """;

    @TempDir
    Path tmp;
    FakeMachine m;

    @BeforeEach
    void setUp() throws Exception {
        m = new FakeMachine(tmp).installedCopy().withTools("mkfifo", "mktemp", "sleep");
        FakeMachine.jdkRunning(m.jvmDirs.resolve("jdk-17"), FAKE_SAGEDECK);
    }

    @Test
    void theRunsLog_thenItsOutcome_andItsExitCode_withNoJvmWaiting() throws Exception {
        FakeMachine.Result ok = m.with("FAKE_RUN", "ok").run("dist/sagedeck", "train", "--sample", "titanic", "--wait");
        FakeMachine.Result failed = m.with("FAKE_RUN", "failed").run("dist/sagedeck", "train", "--sample", "titanic", "--wait");

        assertThat(ok.code()).as(ok.toString()).isZero();
        assertThat(ok.out()).isEqualTo("[0] train-logloss:0.65\n[1] train-logloss:0.61\nalice-x: Completed\n");
        assertThat(failed.code()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.out()).isEqualTo("ValueError: abc\nalice-x: Failed\n");
        assertThat(m.calls()).as("one JVM per command: it starts the run and returns").hasSize(2);
    }

    @Test
    void withJson_theLogGoesToStderr_andStdoutCarriesOnlyTheResult() throws Exception {
        FakeMachine.Result r = m.with("FAKE_RUN", "ok").run("dist/sagedeck", "train", "--sample", "titanic", "--wait", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("alice-x: Completed\n");
        assertThat(r.err()).isEqualTo("[0] train-logloss:0.65\n[1] train-logloss:0.61\n");
    }

    @Test
    void badInput_isTheJvmsExitCode_andNothingWaits() throws Exception {
        FakeMachine.Result r = m.with("FAKE_RUN", "bad").run("dist/sagedeck", "train", "--wait");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("sagedeck train: no training data\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aRunThatCouldNotReport_hasItsOutcomeFromTheRecord_withItsLogWhenItNeverPrinted() throws Exception {
        FakeMachine.Result killed = m.with("FAKE_RUN", "killed").run("dist/sagedeck", "train", "--sample", "titanic", "--wait", "--json");
        FakeMachine.Result dead = m.with("FAKE_RUN", "dead").run("dist/sagedeck", "train", "--sample", "titanic", "--wait");

        assertThat(killed.code()).isEqualTo(1);
        assertThat(killed.err()).isEqualTo("[0] train-logloss:0.65\n");
        assertThat(killed.out()).isEqualTo("outcome from the record\n");
        assertThat(dead.code()).as(dead.toString()).isEqualTo(1);
        List<String> calls = m.calls();
        assertThat(calls.get(1)).endsWith(" -jar " + m.app.resolve("dist/sagedeck.jar") + " train --report-on alice-x --json");
        assertThat(calls.get(3)).endsWith(" train --report-on alice-x --with-log");
    }

    @Test
    void withoutMkfifo_theJvmFollowsTheRun_asBefore() throws Exception {
        FakeMachine plain = new FakeMachine(tmp.resolve("plain")).installedCopy();
        FakeMachine.jdkRunning(plain.jvmDirs.resolve("jdk-17"), FAKE_SAGEDECK);

        FakeMachine.Result r = plain.with("FAKE_RUN", "ok").run("dist/sagedeck", "train", "--sample", "titanic", "--wait");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("followed in the JVM\n");
    }
}
