package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.wizard.WizardField;
import dev.sagedeck.domain.FrameworkCatalog;
import dev.sagedeck.domain.FrameworkCatalog.Framework;
import dev.sagedeck.testing.ScreenHarness;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The wizard's Framework field while the framework catalogue is being read by its effect (the
 * dashboard's first wizard after start): "loading frameworks..." under the field and only xgboost
 * and sklearn to choose until the read arrives as a message, then PyTorch and TensorFlow among the
 * choices; a read that fails says why at the field, and xgboost and sklearn stay.
 */
class WizardFrameworksLoadingScreenTest {
    /** SageMaker, data from S3, script mode with train.py in code/: the Run step, the Framework field focused. */
    private static final String TO_FRAMEWORK = "n<Right><Enter><Right><Tab>s3://alice-bucket/train.csv<Enter><Right><Tab>train.py<Tab>code<Down>";
    private static final Map<String, Framework> READ = Map.of(
            "pytorch", new Framework("pytorch", "PyTorch", List.of("2.8.0"), Map.of(), Map.of("2.8.0", List.of("py312"))),
            "tensorflow", new Framework("tensorflow", "TensorFlow", List.of("2.19.0"), Map.of(), Map.of("2.19.0", List.of("py312"))));

    private final CountDownLatch release = new CountDownLatch(1);

    /** A catalogue whose read (on the effect's executor) waits until the test lets it finish. */
    private FrameworkCatalog heldBack(Supplier<Map<String, Framework>> then) {
        return FrameworkCatalog.unread(() -> {
            try {
                assertThat(release.await(20, TimeUnit.SECONDS)).as("the test lets the read finish").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return then.get();
        });
    }

    private static ScreenHarness dashboard(FrameworkCatalog catalog) {
        return ScreenHarness.start(120, 35, WizardScreenTest.backend(), WizardScreenTest.session().withFrameworks(catalog));
    }

    private static String frameworkLine(ScreenHarness h) {
        return h.line(h.row("Framework"));
    }

    @Test
    void frameworkField_saysLoadingUntilTheCatalogueArrives_thenOffersPytorchAndTensorflow() {
        try (ScreenHarness h = dashboard(heldBack(() -> READ))) {
            h.pressUntil(TO_FRAMEWORK, "loading frameworks...");

            assertThat(h.state().wizard().focus()).isEqualTo(WizardField.FRAMEWORK);
            assertThat(frameworkLine(h)).contains("xgboost");
            assertThat(h.line(h.row("Framework") + 1)).contains("loading frameworks... (PyTorch and TensorFlow join");
            assertThat(frameworkLine(h.pressUntil("<Right>", "loading frameworks..."))).contains("sklearn");
            assertThat(frameworkLine(h.pressUntil("<Right>", "loading frameworks..."))).as("while loading: xgboost and sklearn only")
                    .contains("xgboost");

            release.countDown();
            h.awaitIdle();

            assertThat(h.text()).doesNotContain("loading frameworks");
            assertThat(frameworkLine(h.press("<Right><Right>"))).contains("pytorch");
            assertThat(frameworkLine(h.press("<Right>"))).contains("tensorflow");
        }
    }

    @Test
    void aCatalogueThatCannotBeRead_saysWhyAtTheFrameworkField_andXgboostAndSklearnStay() {
        try (ScreenHarness h = dashboard(heldBack(() -> {
            throw new UncheckedIOException(new java.io.IOException("pytorch.json: unexpected end of input"));
        }))) {
            h.pressUntil(TO_FRAMEWORK, "loading frameworks...");

            release.countDown();
            h.awaitIdle();

            assertThat(h.text()).doesNotContain("loading frameworks");
            assertThat(h.flat()).contains("! PyTorch and TensorFlow are not offered: their versions could not be read")
                    .contains("unexpected end of input");
            assertThat(frameworkLine(h.press("<Right>"))).contains("sklearn");
            assertThat(frameworkLine(h.press("<Right>"))).as("after sklearn, xgboost again: nothing else is offered").contains("xgboost");
        }
    }
}
