package dev.sagedeck.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One name per idea: no two top-level classes of the main code share a simple name (two
 * {@code JobJson}s in two packages are two rules that drift apart; a reader cannot tell them apart
 * in a stack trace or a search). Nested types such as {@code Msg.StopFailed} are named by their owner.
 */
class OneNamePerIdeaTest {
    @Test
    void noTwoMainClasses_shareASimpleName() {
        Map<String, TreeSet<String>> byName = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.sagedeck").stream()
                .filter(JavaClass::isTopLevelClass)
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toCollection(TreeSet::new))));
        assertThat(byName).as("the main code was found").containsKeys("Update", "EffectRunner", "Wiring");

        Map<String, TreeSet<String>> twins = new TreeMap<>(byName);
        twins.values().removeIf(names -> names.size() < 2);
        assertThat(twins).as("simple names used by more than one class").isEmpty();
    }
}
