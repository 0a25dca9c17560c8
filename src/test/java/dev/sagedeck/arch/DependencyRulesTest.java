package dev.sagedeck.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void mainCode_followsTheRule(ArchRule rule) {
        rule.check(production);
    }
}
