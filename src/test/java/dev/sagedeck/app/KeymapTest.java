package dev.sagedeck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagedeck.app.keys.Action;
import dev.sagedeck.app.keys.Binding;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.app.keys.Key;
import dev.sagedeck.app.keys.KeyConfigException;
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
    void remappingUp_keepsTheArrowKey() {
        Keymap k = Keymap.defaults().withOverrides(Map.of("up", "i"));
        assertThat(k.actionFor(new Key("i"), View.LIST)).contains(Action.UP);
        assertThat(k.actionFor(Key.UP, View.LIST)).contains(Action.UP);
        assertThat(k.actionFor(new Key("k"), View.LIST)).isEmpty();
    }

    @Test
    void anArrowGivenToAnotherAction_leavesUp() {
        Keymap k = Keymap.defaults().withOverrides(Map.of("up", "i", "page_up", "Up"));
        assertThat(k.actionFor(Key.UP, View.LIST)).contains(Action.PAGE_UP);
        assertThat(k.actionFor(new Key("i"), View.LIST)).contains(Action.UP);
    }

    @Test
    void severalKeysInOneSetting_allWork() {
        Keymap k = Keymap.defaults().withOverrides(Map.of("stop", "K, F8, C-x"));
        assertThat(k.actionFor(new Key("K"), View.JOB)).contains(Action.STOP);
        assertThat(k.actionFor(new Key("<F8>"), View.JOB)).contains(Action.STOP);
        assertThat(k.actionFor(new Key("<C-x>"), View.JOB)).contains(Action.STOP);
    }

    @Test
    void aKeyGivenToAnAction_isTakenFromTheActionThatHadIt() {
        Keymap k = Keymap.defaults().withOverrides(Map.of("refresh", "k"));
        assertThat(k.actionFor(new Key("k"), View.LIST)).contains(Action.REFRESH);
        assertThat(k.actionFor(Key.UP, View.LIST)).contains(Action.UP);
    }

    @Test
    void none_disablesAnAction() {
        Keymap k = Keymap.defaults().withOverrides(Map.of("copy_name", "none"));
        assertThat(k.actionFor(new Key("c"), View.LIST)).isEmpty();
        assertThat(k.forView(View.LIST)).noneMatch(b -> b.action() == Action.COPY_NAME);
    }

    @Test
    void anUnknownActionInTheConfig_isReportedWithItsSetting() {
        assertThatThrownBy(() -> Keymap.defaults().withOverrides(Map.of("explode", "x")))
                .isInstanceOf(KeyConfigException.class)
                .hasMessageContaining("key.explode")
                .hasMessageContaining("unknown key action 'explode'");
    }

    @Test
    void aBadKeyName_isReportedWithItsSettingAndWhatIsAccepted() {
        assertThatThrownBy(() -> Keymap.defaults().withOverrides(Map.of("up", "k,Upp")))
                .isInstanceOf(KeyConfigException.class)
                .satisfies(e -> assertThat(((KeyConfigException) e).setting()).isEqualTo("key.up"))
                .hasMessageContaining("'Upp' is not a key")
                .hasMessageContaining("PgUp");
        assertThatThrownBy(() -> Keymap.defaults().withOverrides(Map.of("up", "k,,Up")))
                .hasMessageContaining("an empty key name");
    }

    @Test
    void readOnly_keepsDangerousBindingsListed_butOffTheKeyBar() {
        Keymap ro = Keymap.defaults().readOnly();
        assertThat(ro.all()).anyMatch(b -> b.action() == Action.STOP && !ro.enabled(b));
        for (View v : View.values()) {
            assertThat(ro.keyBar(v)).noneMatch(Binding::isDangerous);
        }
        assertThat(Keymap.defaults().keyBar(View.LIST)).anyMatch(b -> b.action() == Action.STOP);
    }

    @Test
    void stopAndLaunches_areTheDangerousOnes() {
        assertThat(Keymap.defaults().all()).filteredOn(Binding::isDangerous).extracting(Binding::action)
                .containsOnly(Action.STOP, Action.NEW_RUN, Action.CLONE, Action.PROMOTE);
    }

    @Test
    void oneBinding_holdsSeveralKeys() {
        Binding up = Keymap.defaults().bindingFor(Key.UP, View.LIST).orElseThrow();
        assertThat(up.keys()).containsExactly(new Key("k"), Key.UP);
    }
}
