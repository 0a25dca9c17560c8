package dev.sagedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.local.LocalJobsFixture;
import dev.sagedeck.local.LocalTrainingJobs;
import dev.sagedeck.sagemaker.AwsTestSupport;
import dev.sagedeck.sagemaker.MotoS3;
import dev.sagedeck.testing.MotoServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command example in README.md runs as written, so the README cannot rot: each {@code sagedeck}
 * line of its {@code sh} blocks and each {@code `sagedeck ...`} in its text, in the order a reader meets
 * them, against a fresh SAGEDECK_HOME (local runs) and moto_server (SageMaker), through the same
 * command line as {@code dist/sagedeck}. Two things stand in for the reader: {@code JOB} becomes the job
 * the example is about ({@link #jobFor}) and {@code SEARCH} the local search the README ran, and the lesson's files the reader has ({@link #USER_FILES})
 * are made in this test's working directory. {@code titanic_test.csv} is deliberately not among them:
 * the bundled sample's copy must answer to that name. Lines no test can run are in {@link #NOT_RUN}.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ReadmeExamplesTest {
    private static final Path README = Path.of("README.md");
    private static final String BUCKET = "my-bucket";

    /** README lines a test cannot run, by how they start, each with the reason. */
    static final Map<String, String> NOT_RUN = new LinkedHashMap<>();

    static {
        NOT_RUN.put("dist/sagedeck --local-only", "the dashboard itself: TmuxEndToEndIT drives it in a real terminal");
        NOT_RUN.put(".ci/test", "runs this very suite (set-up and CI)");
        NOT_RUN.put("dist/sagedeck watch --all-mine", "runs until Ctrl-C by design (no JOB named)");
        NOT_RUN.put("sagedeck watch [JOB...]", "a synopsis: [...] marks the optional parts, each run in the watch examples");
    }

    /** The lesson's files the README assumes in the current directory; a word naming one is read here. */
    static final List<String> USER_FILES = List.of("my.csv", "titanic_train.csv", "AWS_helpers", "model");

    @TempDir
    Path tmp;
    Path work;
    CliRun cli;
    LocalTrainingJobs local;
    MotoS3 s3;
    final Set<String> seen = new LinkedHashSet<>();
    final Map<String, String> jobs = new LinkedHashMap<>();

    @BeforeEach
    void setUp() throws IOException {
        MotoServer.reset();
        s3 = new MotoS3(MotoServer.endpoint());
        s3.bucket(BUCKET);
        cli = new CliRun(tmp.resolve("state"));
        AwsTestSupport.cliEnv(tmp, tmp.resolve("state"), MotoServer.endpoint()).forEach(cli::with);
        local = cli.localJobs();
        work = Files.createDirectories(tmp.resolve("work"));
        Path sample = Path.of("src/main/resources/samples/titanic/titanic_train.csv");
        Files.copy(sample, work.resolve("titanic_train.csv"));
        Files.writeString(work.resolve("my.csv"), "target,x,y\n1,0.5,3\n0,0.25,1\n1,0.75,4\n0,0.1,0\n1,0.9,5\n0,0.2,2\n");
        Path helpers = Files.createDirectories(work.resolve("AWS_helpers"));
        Files.copy(sample, helpers.resolve("titanic_train.csv"));
        Files.writeString(helpers.resolve("train_xgboost.py"), String.join("\n",
                "# The lesson's train_xgboost.py in miniature: reads --train next to it, writes a model.",
                "import argparse, os",
                "p = argparse.ArgumentParser(); p.add_argument('--train'); a, _ = p.parse_known_args()",
                "rows = sum(1 for _ in open(a.train))",
                "open(os.path.join(os.environ.get('SM_MODEL_DIR', '.'), 'xgboost-model'), 'w').write(str(rows))",
                "print('rows:', rows)", ""));
        Files.writeString(helpers.resolve("train_nn.py"), "import torch  # the lesson's PyTorch script: only launched (dry run) here\n");
    }

    @AfterEach
    void tearDown() {
        LocalJobsFixture.killLeftovers(local);
        s3.close();
    }

    @Test
    void everyCommandExampleInTheReadme_runsAsWritten() throws Exception {
        List<String> lines = examples(Files.readString(README));
        assertThat(lines).as("the README's examples").hasSizeGreaterThan(20);
        for (String line : lines) {
            String skip = NOT_RUN.keySet().stream().filter(line::startsWith).findFirst().orElse(null);
            if (skip != null) {
                seen.add(skip);
                continue;
            }
            assertThat(line).as("a README example that is neither sagedeck nor listed in NOT_RUN").matches("(dist/)?sagedeck( .*)?");
            run(line);
        }
        assertThat(seen).as("every NOT_RUN entry still names a README line").containsAll(NOT_RUN.keySet());
    }

    /** Runs one README line; the part after {@code &&} runs as its own process when sagedeck exits 0, like a shell. */
    private void run(String line) throws Exception {
        String[] parts = line.split(" && ", 2);
        List<String> words = new ArrayList<>(CommandWords.split(parts[0]));
        words.remove(0);
        String command = words.stream().filter(w -> !w.startsWith("-")).findFirst().orElse("");
        List<String> named = new ArrayList<>(jobFor(command));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("SEARCH")) {
                words.set(i, job("search"));
            } else if (w.equals("JOB")) {
                assertThat(named).as("a job for JOB in: " + line).isNotEmpty();
                words.set(i, named.size() > 1 ? named.remove(0) : named.get(0));
            } else if (USER_FILES.contains(w)) {
                words.set(i, work.resolve(w).toString());
            }
        }
        Set<String> before = localNames();
        CliRun.Result r = cli.run(words.toArray(new String[0]));
        String what = "README: " + line + "\nran: " + words + "\n" + r;
        assertThat(r.code()).as(what).isEqualTo(expectedExit(line));
        if (words.contains("--help")) {
            assertThat(r.out()).as(what).startsWith("Usage: sagedeck " + command);
            return;
        }
        expect(command, line, r, what);
        remember(command, line, r, before);
        if (parts.length > 1 && r.code() == 0) {
            Process p = new ProcessBuilder(CommandWords.split(parts[1])).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(line).isZero();
            assertThat(out).as(line).isEqualTo("finished\n");
        }
    }

    /** The dashboard without a terminal says so and exits 2 (the README says exactly that). */
    private static int expectedExit(String line) {
        return line.equals("dist/sagedeck") ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    /** The job(s) an example's JOB stands for: what the README's sentence around it is about. */
    private List<String> jobFor(String command) {
        return switch (command) {
            case "stop" -> List.of(job("demo"));
            case "compare" -> List.of(job("lesson"), job("deeper"));
            case "forget" -> List.of(job("demo"));
            case "fetch-model" -> List.of(job("sagemaker"));
            default -> jobs.containsKey("lesson") ? List.of(job("lesson")) : List.of();
        };
    }

    private String job(String role) {
        assertThat(jobs).as("the README runs the %s job before it names it as JOB", role).containsKey(role);
        return jobs.get(role);
    }

    /** What a reader would check on the screen after each kind of example. */
    private void expect(String command, String line, CliRun.Result r, String what) throws IOException {
        switch (command) {
            case "" -> assertThat(r.err()).as(what).contains("needs a terminal");
            case "train" -> {
                if (line.contains("--wait")) {
                    assertThat(r.out() + r.err()).as(what).contains("[99]").contains("Completed");
                }
            }
            case "jobs" -> {
                if (line.contains("--json")) {
                    assertThat(r.json().isArray()).as(what).isTrue();
                } else if (jobs.containsKey("lesson")) {
                    assertThat(r.out()).as(what).contains(job("lesson"));
                }
            }
            case "describe" -> assertThat(r.json().path("name").asText()).as(what).isEqualTo(job("lesson"));
            case "logs" -> assertThat(r.out()).as(what).contains("[99]");
            case "stop" -> assertThat(r.json().path("decision").asText()).as(what).isEqualTo("stopped");
            case "evaluate" -> assertThat(r.out()).as(what).contains("(178 rows)").contains("accuracy");
            case "compare" -> assertThat(r.out()).as(what).contains("test accuracy").contains("*").containsPattern("max_depth +3 +5");
            case "check" -> assertThat(r.out()).as(what).isNotBlank();
            case "forget" -> assertThat(r.out()).as(what).contains("Removed " + job("demo"));
            case "launch" -> assertThat(r.out()).as(what).isNotBlank();
            case "fetch-model" -> assertThat(Path.of(r.out().trim())).as(what).exists().startsWith(work.resolve("model"));
            case "keys" -> assertThat(r.out()).as(what).contains("stop").contains("copy_name");
            case "iam-policy" -> assertThat(r.json().path("Statement").isArray()).as(what).isTrue();
            default -> { }
        }
    }

    /** Names the jobs the README's lines started, and waits where the next line needs a settled job. */
    private void remember(String command, String line, CliRun.Result r, Set<String> before) throws IOException {
        if (command.equals("train")) {
            Set<String> started = localNames();
            started.removeAll(before);
            assertThat(started).as("one new job from: " + line).hasSize(1);
            String name = started.iterator().next();
            if (line.contains("--demo-long")) {
                jobs.put("demo", name);
            } else if (line.contains("--sample titanic --max_depth 3")) {
                jobs.put("lesson", name);
            } else if (line.contains("--sample titanic --max_depth 5")) {
                jobs.put("deeper", name);
            }
        } else if (command.equals("tune") && line.contains("--local") && line.contains("--wait")) {
            jobs.put("search", r.out().contains("\"name\"") ? r.json().path("name").asText() : firstWord(r.out())); // what SEARCH stands for
        } else if (command.equals("stop")) {
            // compare and forget come next in the README: the stop has to have landed
            LocalJobsFixture.awaitStatus(local, job("demo"), JobStatus.STOPPED);
        } else if (command.equals("launch") && !line.contains("--dry-run")) {
            String name = r.out().trim();
            jobs.put("sagemaker", name);
            // moto trains nothing: the model SageMaker would write, where the job says it goes
            Path model = Files.writeString(tmp.resolve("xgboost-model"), "a model");
            s3.put(BUCKET, "titanic/" + name + "/output/model.tar.gz", MotoS3.modelArchive(model, "xgboost-model"));
        }
    }

    /** The search's name: the first word of describe's "Search: NAME (local)" that tune --wait prints. */
    private static String firstWord(String out) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Search:\\s+(\\S+) \\(local\\)").matcher(out);
        return m.find() ? m.group(1) : out.trim().split("\\s+")[0];
    }

    private Set<String> localNames() {
        Set<String> names = new LinkedHashSet<>();
        local.list(dev.sagedeck.domain.JobScope.ALL).forEach(j -> names.add(j.name()));
        return names;
    }

    /** Every example, in reading order: sh blocks (continuations joined, comments cut) and inline sagedeck commands. */
    static List<String> examples(String readme) {
        List<String> out = new ArrayList<>();
        boolean inSh = false;
        StringBuilder pending = new StringBuilder();
        Pattern inline = Pattern.compile("`((?:dist/)?sagedeck(?: [^`]*)?)`");
        for (String raw : readme.split("\n", -1)) {
            if (raw.startsWith("```")) {
                inSh = !inSh && raw.equals("```sh");
                continue;
            }
            if (!inSh) {
                Matcher m = inline.matcher(raw);
                while (m.find()) {
                    out.add(m.group(1));
                }
                continue;
            }
            String l = raw.stripTrailing();
            if (l.endsWith("\\")) {
                pending.append(l, 0, l.length() - 1).append(' ');
                continue;
            }
            String joined = withoutComment(pending + l).replaceAll("\\s+", " ").trim();
            pending.setLength(0);
            if (!joined.isEmpty()) {
                out.add(joined);
            }
        }
        return out;
    }

    /** The line up to a {@code #} that starts a word outside quotes, as sh reads a comment. */
    static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '\\') {
                i++;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
