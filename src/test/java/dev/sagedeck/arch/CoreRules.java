package dev.sagedeck.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The one-direction architecture as ArchUnit rules, for any root package, so that the same rules
 * run on sagedeck itself and on a deliberately broken fixture (which proves they can fail).
 * domain sees only the JDK; port sees domain; app sees domain and port; the UI sees only the core.
 */
final class CoreRules {
    /** Libraries the core must never touch (UI toolkit, AWS, xgboost, CLI parser, JSON). */
    static final String[] ADAPTER_LIBRARIES = {
        "com.googlecode.lanterna..", "software.amazon..", "ml.dmlc..", "picocli..", "com.fasterxml.."
    };

    private CoreRules() {}

    static List<ArchRule> all(String root) {
        return List.of(
                domainSeesOnlyTheJdk(root),
                portSeesDomain(root),
                appSeesDomainAndPort(root),
                coreUsesNoAdapterLibrary(root),
                uiSeesOnlyTheCore(root));
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

    static ArchRule uiSeesOnlyTheCore(String root) {
        return noClasses().that().resideInAPackage(root + ".ui..")
                .should().dependOnClassesThat()
                .resideInAnyPackage(root + ".sagemaker..", root + ".local..", root + ".xgboost..")
                .because("the UI reaches backends only through the port")
                // the ui package arrives with the dashboard issue; the fixture test shows the rule bites
                .allowEmptyShould(true);
    }
}
