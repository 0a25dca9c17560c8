package dev.sagedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagedeck.app.keys.Action;
import dev.sagedeck.app.keys.Keymap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sagedeck keys}: the action names to remap, their keys and what they do, as the dashboard has them. */
class KeysCommandTest {
    @TempDir
    Path home;

    @Test
    void listsEveryAction_withItsKeysAndHelp() {
        CliRun.Result r = new CliRun(home).run("keys");
        assertThat(r.code()).as(r.toString()).isEqualTo(0);
        for (Action a : Action.values()) {
            assertThat(r.out()).as(a.name()).containsPattern("(?m)^" + Keymap.name(a) + " ");
        }
        assertThat(r.out()).containsPattern("(?m)^up +k,Up +.*move up")
                .containsPattern("(?m)^stop +S .*stop the selected job.*\\(off with --read-only\\)")
                .contains("key.<action>=k,Up").contains(home.resolve("config.properties").toString());
    }

    @Test
    void showsTheConfigFilesRemaps_soWhatItPrintsIsWhatTheDashboardDoes() throws IOException {
        Files.writeString(home.resolve("config.properties"), "key.up=i\nkey.copy_name=none\n");
        CliRun.Result r = new CliRun(home).run("keys");
        assertThat(r.code()).as(r.toString()).isEqualTo(0);
        assertThat(r.out()).containsPattern("(?m)^up +i,Up ").doesNotContainPattern("(?m)^copy_name ");
    }

    @Test
    void json_givesEveryBinding_withKeysWrittenAsTheConfigReadsThem() {
        CliRun.Result r = new CliRun(home).run("keys", "--json");
        assertThat(r.code()).as(r.toString()).isEqualTo(0);
        List<String> actions = new ArrayList<>();
        for (JsonNode b : r.json()) {
            actions.add(b.get("action").asText());
            assertThat(b.get("keys").size()).isPositive();
            assertThat(b.get("help").asText()).isNotBlank();
            for (JsonNode k : b.get("keys")) {
                // every key printed can be written back into key.<action>= as it is
                assertThat(dev.sagedeck.app.keys.KeyNames.parse(k.asText())).as(k.asText()).isPresent();
            }
        }
        assertThat(actions).contains("stop", "copy_name", "up", "unmark_all");
        JsonNode stop = null;
        for (JsonNode b : r.json()) {
            if (b.get("action").asText().equals("stop")) {
                stop = b;
            }
        }
        assertThat(stop.get("dangerous").asBoolean()).isTrue();
        assertThat(stop.get("views").toString()).contains("list").contains("job").contains("log");
    }
}
