package dev.sagedeck.app.wizard;

import static dev.sagedeck.app.wizard.WizardFixture.press;
import static dev.sagedeck.app.wizard.WizardFixture.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.Effect;
import dev.sagedeck.app.Msg;
import dev.sagedeck.app.Next;
import dev.sagedeck.domain.FrameworkCatalog;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The framework catalogue is read by an effect, never by the reducer: opening the wizard at once
 * after start asks for the read and shows "loading frameworks", and PyTorch and TensorFlow are
 * offered when the read catalogue comes back as a message.
 */
class WizardFrameworkCatalogueTest {
    private final AtomicInteger reads = new AtomicInteger();

    private AppState started() {
        FrameworkCatalog unread = FrameworkCatalog.unread(() -> {
            reads.incrementAndGet();
            return WizardFrameworksTest.CATALOG.frameworks();
        });
        return AppState.initial(WizardFixture.session(true).withFrameworks(unread), 120, 35, WizardFixture.T0).started("list");
    }

    @Test
    void openingTheWizardAtOnce_asksForTheCatalogue_andReadsNothingItself() {
        Next opened = press(started(), "n");

        assertThat(opened.effects()).filteredOn(e -> e instanceof Effect.LoadFrameworks).hasSize(1);
        assertThat(reads).as("no table read in the reducer").hasValue(0);
        AppState atFramework = press(opened.state(), "<Right><Enter><Right><Tab>s3://alice-bucket/train.csv<Enter><Right><Tab>train.py<Tab>code<Down>").state();
        assertThat(atFramework.wizard().focus()).isEqualTo(WizardField.FRAMEWORK);
        assertThat(WizardChoices.options(WizardField.FRAMEWORK, atFramework.wizard().values(), atFramework.session().frameworks()))
                .as("until the catalogue is here").containsExactly("xgboost", "sklearn");
        assertThat(reads).hasValue(0);
    }

    @Test
    void theReadCatalogue_arrivesAsAMessage_andItsFrameworksAreOffered() {
        Next opened = press(started(), "n");
        Effect.LoadFrameworks load = (Effect.LoadFrameworks) opened.effects().stream().filter(e -> e instanceof Effect.LoadFrameworks)
                .findFirst().orElseThrow();
        assertThat(opened.state().busy(load)).isTrue();

        FrameworkCatalog read = load.catalog().read(); // what the executor does
        AppState loaded = send(opened.state(), new Msg.FrameworksLoaded(read, null)).state();

        assertThat(reads).hasValue(1);
        assertThat(loaded.busy(load)).isFalse();
        assertThat(WizardChoices.options(WizardField.FRAMEWORK, loaded.wizard().values(), loaded.session().frameworks()))
                .containsExactly("xgboost", "sklearn", "pytorch", "tensorflow");
        Next again = press(press(loaded, "<Esc>").state(), "n");
        assertThat(again.effects()).as("read once per session").noneMatch(e -> e instanceof Effect.LoadFrameworks);
    }

    @Test
    void aCatalogueThatCannotBeRead_saysSo_andLeavesXgboostAndSklearn() {
        Next opened = press(started(), "n");

        AppState failed = send(opened.state(), new Msg.FrameworksLoaded(null, "pytorch.json: unexpected end of input")).state();

        assertThat(failed.flash()).contains("PyTorch and TensorFlow are not offered").contains("unexpected end of input");
        assertThat(WizardChoices.options(WizardField.FRAMEWORK, failed.wizard().values(), failed.session().frameworks()))
                .containsExactly("xgboost", "sklearn");
    }
}
