package dev.sagedeck.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.keys.Action;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.app.keys.Key;
import dev.sagedeck.app.keys.Keymap;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's remapping example, read as the config file would be, does what its comments say. */
class ReadmeKeyRemapTest {

    @Test
    void theReadmesKeyExample_remapsAsItsCommentsSay() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("```properties\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("a properties block in README.md").isTrue();
        Properties p = new Properties();
        p.load(new StringReader(m.group(1)));
        Map<String, String> keys = new HashMap<>();
        p.stringPropertyNames().forEach(k -> keys.put(k.substring("key.".length()), p.getProperty(k)));

        Keymap k = Keymap.defaults().withOverrides(keys);

        assertThat(k.actionFor(new Key("K"), View.LIST)).contains(Action.STOP);
        assertThat(k.actionFor(new Key("S"), View.LIST)).isEmpty();
        assertThat(k.actionFor(new Key("i"), View.LIST)).contains(Action.UP);
        assertThat(k.actionFor(Key.UP, View.LIST)).contains(Action.UP);
        assertThat(k.actionFor(new Key("c"), View.LIST)).isEmpty();
    }
}
