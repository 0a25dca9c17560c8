package dev.sagedeck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagedeck.app.keys.Action;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.app.keys.Key;
import dev.sagedeck.app.keys.Keymap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keys are data: one list drives the key bar, the help and read-only mode, and users remap them. */
class KeymapTest {

    @Test
    void keyBar_startsWithHelp_soItIsNeverCutOff() {
        for (View v : View.values()) {
            assertThat(Keymap.defaults().keyBar(v).get(0).action()).isEqualTo(Action.HELP);
        }
    }

    @Test
    void remappingAnAction_movesItToTheNewKey() {
        Keymap k = Keymap.defaults().withOverrides(Map.of("stop", "K"));
        assertThat(k.actionFor(new Key("K"), View.LIST)).contains(Action.STOP);
        assertThat(k.actionFor(new Key("S"), View.LIST)).isEmpty();
    }

    @Test
    void none_disablesAnAction() {
        Keymap k = Keymap.defaults().withOverrides(Map.of("copy_name", "none"));
        assertThat(k.actionFor(new Key("c"), View.LIST)).isEmpty();
        assertThat(k.forView(View.LIST)).noneMatch(b -> b.action() == Action.COPY_NAME);
    }

    @Test
    void anUnknownActionInTheConfig_isReported() {
        assertThatThrownBy(() -> Keymap.defaults().withOverrides(Map.of("explode", "x")))
                .hasMessageContaining("unknown key action 'explode'");
    }

    @Test
    void readOnly_removesEveryDangerousBinding() {
        assertThat(Keymap.defaults().readOnly().all()).noneMatch(b -> b.dangerous());
        assertThat(Keymap.defaults().all()).anyMatch(b -> b.action() == Action.STOP);
    }
}
