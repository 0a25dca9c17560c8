package dev.sagedeck.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same rules run against dev.sagedeck.archfixture, a small test-tree copy of the layout with
 * deliberate mistakes: each mistake must be reported, and the clean fixture classes must not be.
 */
class DependencyRulesCatchViolationsTest {
    private static final String FIXTURE = "dev.sagedeck.archfixture";
    private static JavaClasses fixture;

    @BeforeAll
    static void importFixture() {
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    @Test
    void lanternaImportedInApp_isReported() {
        EvaluationResult result = CoreRules.appSeesDomainAndPort(FIXTURE).evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(report(result)).contains("archfixture.app.LeakyScreenUpdate", "com.googlecode.lanterna");
    }

    @Test
    void jacksonImportedInApp_isReportedByTheLibraryRule() {
        EvaluationResult result = CoreRules.coreUsesNoAdapterLibrary(FIXTURE).evaluate(fixture);

        assertThat(report(result)).contains("archfixture.app.JsonState", "com.fasterxml.jackson");
    }

    @Test
    void databindInTheJsonPackage_isReported_jacksonCoreIsNot() {
        String report = report(CoreRules.jsonSeesOnlyJacksonCore(FIXTURE).evaluate(fixture));

        assertThat(report).contains("archfixture.json.TreeWithAMapper", "com.fasterxml.jackson.databind.ObjectMapper");
        assertThat(report).doesNotContain("archfixture.json.StreamingTree");
    }

    @Test
    void awsTypeInAPort_isReported() {
        EvaluationResult result = CoreRules.portSeesDomain(FIXTURE).evaluate(fixture);

        assertThat(report(result)).contains("archfixture.port.RegionalJobs", "software.amazon.awssdk.regions.Region");
    }

    @Test
    void xgboostTypeInTheDomain_isReported() {
        EvaluationResult result = CoreRules.domainSeesOnlyTheJdk(FIXTURE).evaluate(fixture);

        assertThat(report(result)).contains("archfixture.domain.ModelHandle", "ml.dmlc.xgboost4j");
    }

    @Test
    void aConcurrentCacheInTheCore_isReported() {
        EvaluationResult result = CoreRules.coreDoesNotBlock(FIXTURE).evaluate(fixture);

        assertThat(report(result)).contains("archfixture.app.SharedJobCache", "java.util.concurrent.ConcurrentHashMap");
    }

    @Test
    void thePortCalledFromTheCore_isReported_butNotFromAUseCase() {
        String report = report(CoreRules.appCallsNoPort(FIXTURE).evaluate(fixture));

        assertThat(report).contains("archfixture.app.RefreshInTheReducer", "JobFeed.latest()");
        assertThat(report).doesNotContain("archfixture.usecase.CleanRefresh");
    }

    @Test
    void theReducerAndAPainterImportingEachOther_isACycle() {
        String report = report(CoreRules.appPackagesHaveNoCycles(FIXTURE).evaluate(fixture));

        assertThat(report).contains("archfixture.app.PagingUpdate", "archfixture.app.view.ListLayout");
    }

    @Test
    void uiCallingABackendAdapterDirectly_isReported() {
        EvaluationResult result = CoreRules.uiSeesOnlyTheCore(FIXTURE).evaluate(fixture);

        assertThat(report(result)).contains("archfixture.ui.JobTable", "archfixture.sagemaker.DirectSageMaker");
    }

    @Test
    void theRuntimeReadingTheSettingsFile_isReported_byTheBanAndByTheList() {
        String banned = report(CoreRules.runtimeSeesNoAdapter(FIXTURE).evaluate(fixture));
        String listed = report(CoreRules.uiSeesOnlyTheCore(FIXTURE).evaluate(fixture));

        assertThat(banned).contains("archfixture.runtime.OwnerSavedByTheRunner", "archfixture.config.SettingsOnDisk");
        assertThat(listed).contains("archfixture.runtime.OwnerSavedByTheRunner", "archfixture.config.SettingsOnDisk");
    }

    @Test
    void anAdapterUsingConfigsSettingsFile_isReported_butNotConfigsLocations() {
        String report = report(CoreRules.adaptersDoNotDependOnEachOther(FIXTURE).evaluate(fixture));

        assertThat(report).contains("archfixture.local.LocalReadsSettings", "archfixture.config.SettingsOnDisk");
        assertThat(report).doesNotContain("archfixture.config.Paths");
    }

    @Test
    void aCommandCallingTheSageMakerAdapter_isReported() {
        EvaluationResult result = CoreRules.cliSeesNoAdapter(FIXTURE).evaluate(fixture);

        assertThat(report(result)).contains("archfixture.cli.DirectLaunchCommand", "archfixture.sagemaker.DirectSageMaker");
    }

    @Test
    void aCommandCallingTheLocalBackend_isReported() {
        EvaluationResult result = CoreRules.cliSeesNoAdapter(FIXTURE).evaluate(fixture);

        assertThat(report(result)).contains("archfixture.cli.DirectForgetCommand", "archfixture.local.LocalStore");
    }

    @Test
    void oneAdapterCallingAnother_isReported() {
        EvaluationResult result = CoreRules.adaptersDoNotDependOnEachOther(FIXTURE).evaluate(fixture);

        assertThat(report(result)).contains("archfixture.local.LocalCallsSageMaker", "archfixture.sagemaker.DirectSageMaker");
    }

    @Test
    void cleanCoreClasses_areNotReported() {
        String all = CoreRules.all(FIXTURE).stream()
                .map(rule -> report(rule.evaluate(fixture)))
                .reduce("", String::concat);

        assertThat(all).doesNotContain("archfixture.domain.CleanJob", "archfixture.port.CleanJobs",
                "archfixture.app.CleanUpdate", "archfixture.usecase.CleanRefresh");
    }

    private static String report(EvaluationResult result) {
        return String.join("\n", result.getFailureReport().getDetails());
    }
}
