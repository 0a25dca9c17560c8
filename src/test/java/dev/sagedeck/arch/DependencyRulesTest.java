package dev.sagedeck.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** sagedeck's own main code keeps the core free of adapters (see docs/ARCHITECTURE.md). */
class DependencyRulesTest {
    private static JavaClasses production;

    @BeforeAll
    static void importMainCode() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.sagedeck");
        // guards against a vacuous pass: the core must actually have been found on the class path
        assertThat(production.stream().map(c -> c.getPackageName()))
                .contains("dev.sagedeck.domain", "dev.sagedeck.port", "dev.sagedeck.app");
    }

    static Stream<ArchRule> rules() {
        return CoreRules.all("dev.sagedeck").stream();
    }

    /** The rules name packages; a new top-level package would slip past every ban until it is placed in a layer. */
    @Test
    void everyPackage_isALayerTheRulesName() {
        Set<String> layers = production.stream().map(c -> c.getPackageName())
                .map(p -> p.equals("dev.sagedeck") ? "(root)" : p.substring("dev.sagedeck.".length()).split("\\.")[0])
                .collect(Collectors.toSet());

        assertThat(layers).isSubsetOf("(root)", "domain", "port", "app", "usecase", "runtime", "ui", "cli", "config",
                "local", "sagemaker", "xgboost", "data", "json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void mainCode_followsTheRule(ArchRule rule) {
        rule.check(production);
    }
}
