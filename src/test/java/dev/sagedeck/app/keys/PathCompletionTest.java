package dev.sagedeck.app.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Shell-like completion of a typed path from the names of its directory. */
class PathCompletionTest {

    @Test
    void oneMatch_completesTheWholeName() {
        assertThat(PathCompletion.complete("data/tr", List.of("train.csv", "test.csv")).completed()).isEqualTo("data/train.csv");
    }

    @Test
    void severalMatches_completeTheirCommonStart_andAreAllListed() {
        PathCompletion.Result r = PathCompletion.complete("t", List.of("train.csv", "test.csv", "other/"));
        assertThat(r.completed()).isEqualTo("t");
        assertThat(r.candidates()).containsExactly("test.csv", "train.csv");
        assertThat(PathCompletion.complete("titanic_t", List.of("titanic_train.csv", "titanic_test.csv")).candidates()).hasSize(2);
    }

    @Test
    void hiddenNames_onlyWhenTheTypedNameStartsWithADot() {
        assertThat(PathCompletion.complete("", List.of(".git/", "data/")).completed()).isEqualTo("data/");
        assertThat(PathCompletion.complete(".g", List.of(".git/", "data/")).completed()).isEqualTo(".git/");
    }

    @Test
    void noMatch_leavesTheTextAsTyped() {
        PathCompletion.Result r = PathCompletion.complete("/x/zz", List.of("a"));
        assertThat(r.completed()).isEqualTo("/x/zz");
        assertThat(r.candidates()).isEmpty();
    }

    @Test
    void theDirectory_isEverythingUpToTheLastSlash() {
        assertThat(PathCompletion.directoryOf("/a/b/c")).isEqualTo("/a/b/");
        assertThat(PathCompletion.directoryOf("c")).isEmpty();
    }
}
