package dev.sagedeck.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.List;

/**
 * The one-direction architecture as ArchUnit rules, for any root package, so that the same rules
 * run on sagedeck itself and on a deliberately broken fixture (which proves they can fail).
 * domain sees only the JDK; port sees domain; app sees domain and port (so the core reaches no
 * blocking use case); runtime and the UI see only the core and use cases (a list, with its one
 * exception stated); use cases see ports, not adapters; the CLI sees no adapter; adapters do not
 * see each other (the edges that exist are stated with their reasons). Only the root package
 * (Wiring, the composition root) and the CLI see Wiring.
 */
final class CoreRules {
    /** Libraries the core must never touch (UI toolkit, AWS, xgboost, CLI parser, JSON). */
    static final String[] ADAPTER_LIBRARIES = {
        "com.googlecode.lanterna..", "software.amazon..", "ml.dmlc..", "picocli..", "com.fasterxml.."
    };

    /**
     * JDK classes that wait on the outside world or on other threads: files, network, processes,
     * sleeping, locks and concurrent caches. Whoever uses them blocks and belongs on an executor.
     */
    static final DescribedPredicate<JavaClass> BLOCKING_JDK = JavaClass.Predicates
            .resideInAnyPackage("java.net..", "java.nio.channels..", "java.util.concurrent", "java.util.concurrent.locks..")
            .or(JavaClass.Predicates.belongToAnyOf(java.nio.file.Files.class, java.io.FileInputStream.class,
                    java.io.FileOutputStream.class, java.io.FileReader.class, java.io.FileWriter.class,
                    java.io.RandomAccessFile.class, Process.class, ProcessBuilder.class, Thread.class))
            .as("a blocking JDK API (files, network, processes, threads, locks, concurrent caches)");

    private CoreRules() {}

    static List<ArchRule> all(String root) {
        return List.of(
                domainSeesOnlyTheJdk(root),
                portSeesDomain(root),
                appSeesDomainAndPort(root),
                coreUsesNoAdapterLibrary(root),
                coreDoesNotBlock(root),
                appCallsNoPort(root),
                appPackagesHaveNoCycles(root),
                uiSeesOnlyTheCore(root),
                runtimeSeesNoAdapter(root),
                cliSeesNoAdapter(root),
                useCasesSeeNoAdapter(root),
                adaptersDoNotDependOnEachOther(root),
                jsonSeesOnlyJacksonCore(root));
    }

    static ArchRule domainSeesOnlyTheJdk(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .because("domain is plain records and enums that every layer shares");
    }

    static ArchRule portSeesDomain(String root) {
        return classes().that().resideInAPackage(root + ".port..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", root + ".domain..", root + ".port..")
                .because("ports speak in domain terms so that any backend can sit behind them");
    }

    static ArchRule appSeesDomainAndPort(String root) {
        return classes().that().resideInAPackage(root + ".app..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", root + ".domain..", root + ".port..", root + ".app..")
                .because("app state and its update function are tested without a terminal, AWS or xgboost");
    }

    /** Overlaps the three rules above on purpose: its message names the forbidden library. */
    static ArchRule coreUsesNoAdapterLibrary(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".port..", root + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTER_LIBRARIES)
                .because("Lanterna, AWS, xgboost, picocli and Jackson belong in adapters");
    }

    /**
     * Blocking classes live in {@code usecase} or an adapter, never in the core, so the reducer and
     * the painters are safe on the UI thread. The one exception is {@code domain.ReadableFile}, the
     * single home of the "is this file readable" rule that adapters share; only use cases, commands
     * and adapters call it, which {@link #appCallsNoPort} and the app rule above keep so.
     */
    static ArchRule coreDoesNotBlock(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".port..", root + ".app..")
                .and().doNotHaveFullyQualifiedName(root + ".domain.ReadableFile")
                .should().dependOnClassesThat(BLOCKING_JDK)
                .because("the core runs on the UI thread: what blocks or caches across threads is a use case");
    }

    /** Ports block (AWS, files, processes): the core names them as data but only use cases and the runtime call them. */
    static ArchRule appCallsNoPort(String root) {
        return noClasses().that().resideInAPackage(root + ".app..")
                .should().callMethodWhere(DescribedPredicate.describe("a method of a port interface",
                        (JavaMethodCall call) -> call.getTargetOwner().isInterface()
                                && call.getTargetOwner().getPackageName().startsWith(root + ".port")))
                .because("a port call blocks; the reducer returns an effect and the effect runner or a use case calls the port");
    }

    /**
     * The core's packages form layers, never a cycle: the painters ({@code app.view}) read the
     * state and reducers ({@code app}), which use each screen's values and rules ({@code app.wizard},
     * {@code app.compare}, {@code app.signals}), which use {@code app.keys} and {@code app.format}.
     * The root package {@code app} is a slice of its own.
     */
    static ArchRule appPackagesHaveNoCycles(String root) {
        String app = root + ".app";
        return SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String p = c.getPackageName();
                if (p.equals(app)) {
                    return SliceIdentifier.of("app");
                }
                if (p.startsWith(app + ".")) {
                    return SliceIdentifier.of("app." + p.substring(app.length() + 1).split("\\.")[0]);
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "app and each package under it";
            }
        }).should().beFreeOfCycles()
                .because("painters read the core and the core reads each screen's values, never back")
                .allowEmptyShould(true);
    }

    /**
     * The effect runner and the dashboard reach backends, the engine and sagedeck's own files (the
     * settings file, the phase history: {@code config}) through ports and use cases that the
     * composition root (the root package: Wiring, DashboardWiring) plugs in, never an adapter class.
     */
    static ArchRule runtimeSeesNoAdapter(String root) {
        return noClasses().that().resideInAnyPackage(root + ".runtime..", root + ".ui..")
                .should().dependOnClassesThat()
                .resideInAnyPackage(root + ".sagemaker..", root + ".local..", root + ".xgboost..", root + ".data..",
                        root + ".config..", root + ".cli..", root)
                .because("runtime and ui see only the core and the use cases; Wiring plugs the adapters in")
                .allowEmptyShould(true);
    }

    /**
     * Commands reach backends, the engine, the state directory's files and the config file only
     * through ports and use cases that {@code Wiring} hands out: the CLI and the dashboard call the
     * same code, and Wiring is the one class that knows the adapters.
     */
    static ArchRule cliSeesNoAdapter(String root) {
        return noClasses().that().resideInAPackage(root + ".cli..")
                .should().dependOnClassesThat()
                .resideInAnyPackage(root + ".sagemaker..", root + ".local..", root + ".xgboost..", root + ".data..",
                        root + ".config..", root + ".runtime..", root + ".ui..")
                .because("the CLI and the dashboard call the same use cases, not adapters")
                .allowEmptyShould(true);
    }

    /** Use cases (blocking, run on executors) speak in ports: any backend can sit behind them. */
    static ArchRule useCasesSeeNoAdapter(String root) {
        return noClasses().that().resideInAPackage(root + ".usecase..")
                .should().dependOnClassesThat()
                .resideInAnyPackage(root + ".sagemaker..", root + ".local..", root + ".xgboost..", root + ".data..",
                        root + ".config..", root + ".runtime..", root + ".ui..", root + ".cli..", root + ".json..", root)
                .orShould().dependOnClassesThat().resideInAnyPackage(ADAPTER_LIBRARIES)
                .because("use cases are shared by the CLI and the dashboard and tested without AWS or a terminal")
                .allowEmptyShould(true);
    }

    /**
     * Adapters meet only through ports: SageMaker and the local backend never see each other, and
     * none sees the composition root. The edges that exist, each for a reason: the local backend
     * hosts the engine (its child processes train with {@code xgboost}); {@code data} is the CSV
     * reader the engine and both backends read with (presets, shards, the review's data look) and
     * sees no other adapter; adapters may use {@code config}'s locations and settings snapshot
     * ({@link #CONFIG_SHARED}: where sagedeck's files are, read once at start), never its file
     * adapters (the audit log, the phase history, the settings file port), and {@code config}
     * sees no other adapter.
     */
    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return CompositeArchRule.of(notSeeing(root, "sagemaker", "local", "xgboost", "runtime", "ui", "cli", "usecase", ""))
                .and(notSeeing(root, "local", "sagemaker", "runtime", "ui", "cli", "usecase", ""))
                .and(notSeeing(root, "xgboost", "sagemaker", "local", "runtime", "ui", "cli", "usecase", ""))
                .and(notSeeing(root, "data", "sagemaker", "local", "xgboost", "config", "runtime", "ui", "cli", "usecase", ""))
                .and(notSeeing(root, "config", "sagemaker", "local", "xgboost", "data", "runtime", "ui", "cli", "usecase", ""))
                .and(noClasses().that().resideInAnyPackage(root + ".sagemaker..", root + ".local..", root + ".xgboost..")
                        .should().dependOnClassesThat(configAdapter(root)).allowEmptyShould(true))
                .because("adapters meet only through ports");
    }

    /**
     * {@code json} is a format library of sagedeck's own, on jackson-core's streaming API: it sees
     * only the JDK and jackson-core, never databind (whose start-up it exists to avoid) nor any
     * sagedeck package, so every adapter and the CLI may use it; the core does not (the rules above).
     */
    static ArchRule jsonSeesOnlyJacksonCore(String root) {
        return classes().that().resideInAPackage(root + ".json..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson.core..", root + ".json..")
                .because("the job process and `jobs --local-only` read and write JSON without loading databind (docs/ARCHITECTURE.md)")
                .allowEmptyShould(true);
    }

    /** The config classes other adapters may use: locations and the settings snapshot, no file adapter. */
    static final java.util.Set<String> CONFIG_SHARED = java.util.Set.of("Paths", "Settings", "MachineCache", "ClassDataCache");

    private static DescribedPredicate<JavaClass> configAdapter(String root) {
        return DescribedPredicate.describe("a config class other than " + new java.util.TreeSet<>(CONFIG_SHARED),
                (JavaClass c) -> c.getPackageName().equals(root + ".config")
                        && !CONFIG_SHARED.contains(c.getName().substring(root.length() + ".config.".length()).split("\\$")[0]));
    }

    private static ArchRule notSeeing(String root, String from, String... to) {
        // "" is the root package alone: the composition root (Wiring), which only Main and the CLI see
        String[] targets = java.util.Arrays.stream(to).map(t -> t.isEmpty() ? root : root + "." + t + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(root + "." + from + "..")
                .should().dependOnClassesThat().resideInAnyPackage(targets)
                .allowEmptyShould(true);
    }

    /**
     * What runtime and ui may see, as a list rather than a ban, so a new adapter package is caught
     * too: the core (domain, port, app) and the use cases; the UI also the runtime it drives and
     * Lanterna. One exception, stated here: the runtime writes the dashboard's own small JSON files
     * in the state directory (MemoryFile, ComparisonFile) with Jackson, a format library, not a
     * backend; no port stands in front of them because only the effect runner touches them.
     */
    static ArchRule uiSeesOnlyTheCore(String root) {
        String[] core = {"java..", root + ".domain..", root + ".port..", root + ".app..", root + ".usecase.."};
        return CompositeArchRule.of(classes().that().resideInAPackage(root + ".runtime..")
                        .should().onlyDependOnClassesThat().resideInAnyPackage(with(core, root + ".runtime..", "com.fasterxml.jackson.."))
                        .allowEmptyShould(true))
                .and(classes().that().resideInAPackage(root + ".ui..")
                        .should().onlyDependOnClassesThat().resideInAnyPackage(with(core, root + ".ui..", root + ".runtime..", "com.googlecode.lanterna.."))
                        .allowEmptyShould(true))
                .because("the UI and the runtime reach backends only through ports and use cases");
    }

    private static String[] with(String[] base, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more)).toArray(String[]::new);
    }
}
