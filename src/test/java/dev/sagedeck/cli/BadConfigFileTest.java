package dev.sagedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken config file is one line naming the file, the key and the problem, exit 2, for every command; never a stack trace. */
class BadConfigFileTest {
    /** Arguments that parse for each command, so the run reaches the point where the config is read. */
    static final Map<String, List<String>> ARGS = Map.ofEntries(
            Map.entry("train", List.of("--sample", "titanic")),
            Map.entry("jobs", List.of()),
            Map.entry("describe", List.of("alice-x")),
            Map.entry("logs", List.of("alice-x")),
            Map.entry("stop", List.of("alice-x", "--yes")),
            Map.entry("evaluate", List.of("alice-x", "--test", "test.csv")),
            Map.entry("check", List.of("--sample", "titanic")),
            Map.entry("launch", List.of("--train", "train.csv", "--dry-run")),
            Map.entry("fetch-model", List.of("alice-x")),
            Map.entry("compare", List.of("alice-x", "alice-y")));

    @TempDir
    Path home;

    private Path config() {
        return home.resolve("config.properties");
    }

    /** Runs every command and checks each says {@code expected} about the file in one line on stderr, with exit 2. */
    private void everyCommandSays(String... expected) {
        CliRun cli = new CliRun(home);
        List<String> commands = new ArrayList<>(SagedeckCommand.commandLine(cli.wiring()).getSubcommands().keySet());
        commands.remove("help");
        assertThat(commands).as("commands").contains("jobs", "train", "stop");
        for (String command : commands) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(ARGS.getOrDefault(command, List.of()));
            CliRun.Result r = cli.run(args.toArray(String[]::new));

            assertThat(r.code()).as("%s exit code: %s", command, r).isEqualTo(2);
            assertThat(r.err()).as(command).doesNotContain("Exception").doesNotContain("\tat ");
            if (ARGS.containsKey(command)) {
                assertThat(r.err().strip()).as(command).doesNotContain("\n").startsWith("sagedeck: config file " + config());
                for (String e : expected) {
                    assertThat(r.err()).as(command).contains(e);
                }
            }
        }
    }

    @Test
    void badUnicodeEscape_namesTheKeyAndLine_exit2() throws IOException {
        Files.writeString(config(), "# mine\nowner=\\u12\n");

        everyCommandSays("key owner: line 2: '\\u12' is not a unicode escape (\\u needs 4 hex digits)");
    }

    @Test
    void retryAttemptsBanana_namesTheKeyAndTheRange_exit2_evenLocalOnly() throws IOException {
        Files.writeString(config(), "owner=alice\naws.retry.attempts=banana\n");

        everyCommandSays("key aws.retry.attempts: 'banana' is not a number between 1 and 20");
        CliRun.Result local = new CliRun(home).run("jobs", "--local-only");
        assertThat(local.code()).as(local.toString()).isEqualTo(2);
        CliRun.Result help = new CliRun(home).run("jobs", "--help");
        assertThat(help.code()).as("help still works: " + help).isEqualTo(0);
    }

    @Test
    void aKeyNameThatIsNoKey_namesTheSettingAndWhatIsAccepted_exit2() throws IOException {
        Files.writeString(config(), "owner=alice\nkey.up=k,Upp\n");

        everyCommandSays("key key.up: 'Upp' is not a key: use one character");
    }

    @Test
    void anUnknownKeyAction_namesTheSetting_exit2() throws IOException {
        Files.writeString(config(), "owner=alice\nkey.explode=x\n");

        everyCommandSays("key key.explode: unknown key action 'explode'");
    }

    @Test
    void aDirectoryInPlaceOfTheFile_saysSo_exit2() throws IOException {
        Files.createDirectories(config());

        everyCommandSays("is a directory, not a file");
    }

    @Test
    void anUnreadableFile_saysWhyItCannotBeRead_exit2() throws IOException {
        // root reads any file whatever its mode; a link loop is unreadable for everyone
        Files.createSymbolicLink(config(), home.resolve("loop"));
        Files.createSymbolicLink(home.resolve("loop"), config());

        everyCommandSays("cannot be read: ");
    }

    @Test
    void aLinkToAMissingFile_saysSo_exit2() throws IOException {
        Files.createSymbolicLink(config(), home.resolve("dotfiles/sagedeck.properties"));

        everyCommandSays("is a link to a file that does not exist");
    }

    @Test
    void garbageBytes_areNotText_exit2() throws IOException {
        Files.write(config(), new byte[] {'o', 'w', 'n', 'e', 'r', '=', 'a', '\n', (byte) 0xFF, (byte) 0xFE, 0, 0x13, (byte) 0x88});

        everyCommandSays("line 2: byte 0xFF is not UTF-8 text");
    }

    @Test
    void nulBytesInValidUtf8_areNotText_exit2() throws IOException {
        Files.write(config(), "owner=alice\n\0\0\0\0".getBytes(StandardCharsets.UTF_8));

        everyCommandSays("line 2: control character U+0000, not a text file");
    }
}
