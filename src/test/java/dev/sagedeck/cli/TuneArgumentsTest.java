package dev.sagedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad searches are refused before anything starts: one line each saying what to change, exit 2. */
class TuneArgumentsTest {
    @TempDir
    Path tmp;

    private CliRun.Result tune(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "tune";
        all[1] = "--local";
        all[2] = "--sample";
        all[3] = "titanic";
        System.arraycopy(args, 0, all, 4, args.length);
        return new CliRun(tmp.resolve("home")).run(all);
    }

    private void refused(CliRun.Result r, String message) {
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(tmp.resolve("home/jobs")).doesNotExist();
    }

    @Test
    void aSearchWithNothingSearched_isRefused() {
        refused(tune(), "a search needs at least one searched hyperparameter: --range max_depth=3:9 or --values booster=gbtree,dart");
    }

    @Test
    void aRangeOutsideTheParametersLimits_orMalformed_isRefusedNamingIt() {
        refused(tune("--range", "eta=0:0.3"), "--range eta=0:0.3: eta must be a number in (0, 1]; got 0");
        refused(tune("--range", "max_depth=3"), "expected MIN:MAX or MIN:MAX:SCALING");
        refused(tune("--range", "eta=0.01:0.3:cubic"), "the scaling must be lin, log or auto; got 'cubic'");
        refused(tune("--values", "booster=gbtree"), "list at least two values");
    }

    @Test
    void whatALocalSearchCannotDo_isRefusedWithWhatToDoInstead() {
        refused(tune("--range", "max_depth=3:9", "--strategy", "bayesian"), "a local search runs random or grid; Bayesian is SageMaker's own");
        refused(tune("--range", "seed=1:5"), "seed cannot be searched locally");
        refused(tune("--range", "max_depth=3:9", "--strategy", "grid", "--max-jobs", "3"), "the grid has 7 configurations, more than --max-jobs 3");
        refused(tune("--range", "max_depth=3:9", "--max-jobs", "2", "--max-parallel", "4"), "--max-parallel 4 is more than --max-jobs 2");
        refused(tune("--range", "max_depth=3:9", "--strategy", "annealing"), "--strategy must be one of random, grid, bayesian, hyperband; got 'annealing'");
        refused(tune("--range", "max_depth=3:9", "--max_depth", "4"), "max_depth is both fixed (max_depth=4) and searched");
    }

    @Test
    void dryRun_listsTheConfigurations_andStartsNothing() {
        CliRun.Result r = tune("--range", "max_depth=3:4", "--values", "booster=gbtree,dart", "--strategy", "grid", "--dry-run", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.json().path("configurations")).hasSize(4);
        assertThat(r.json().path("staticHyperParameters").path("eval_metric").asText()).isEqualTo("logloss");
        assertThat(r.json().path("staticHyperParameters").has("max_depth")).isFalse();
        assertThat(tmp.resolve("home/jobs")).doesNotExist();
    }
}
