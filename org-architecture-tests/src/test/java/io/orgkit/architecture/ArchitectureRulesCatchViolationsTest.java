package io.orgkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.orgkit.core.archfixture.CoreUsingJdbcStore;
import io.orgkit.excel.archfixture.LeakingSignature;
import io.orgkit.excel.archfixture.LogsThroughJul;
import io.orgkit.excel.archfixture.PrintsStackTrace;
import io.orgkit.excel.archfixture.PrintsToConsole;
import io.orgkit.excel.archfixture.UsesCoreInternals;
import io.orgkit.excel.archfixture.WritesToStandardError;
import io.orgkit.provider.acme.AcmeProviderUsingSupport;
import io.orgkit.provider.acme.AcmeProviderWritingTheStore;
import io.orgkit.store.acme.AcmeStoreUsingCoreInternals;
import io.orgkit.store.acme.AcmeStoreUsingTheSpi;
import org.junit.jupiter.api.Test;

/**
 * Each rule fails on a class that breaks it (the fixtures under {@code …archfixture}, {@code io.orgkit.provider.acme}
 * and {@code io.orgkit.store.acme} in this module's test sources, which the library check does not import).
 */
class ArchitectureRulesCatchViolationsTest {

    @Test
    void aCoreClassUsingAnotherModuleBreaksTheCoreRule() {
        assertBroken(ArchitectureRules.CORE_DEPENDS_ON_NO_OTHER_MODULE, CoreUsingJdbcStore.class);
    }

    @Test
    void aModuleUsingAnotherModulesInternalPackageBreaksTheInternalRule() {
        assertBroken(ArchitectureRules.INTERNAL_STAYS_IN_ITS_MODULE, UsesCoreInternals.class);
        assertBroken(ArchitectureRules.INTERNAL_STAYS_IN_ITS_MODULE, AcmeStoreUsingCoreInternals.class);
    }

    @Test
    void aModuleUsingItsOwnInternalPackageKeepsTheInternalRule() {
        assertKept(ArchitectureRules.INTERNAL_STAYS_IN_ITS_MODULE, AcmeProviderUsingSupport.class);
    }

    @Test
    void anInternalTypeInAPublicMethodBreaksTheSignatureRule() {
        assertBroken(ArchitectureRules.NO_INTERNAL_TYPE_IN_PUBLIC_SIGNATURES, LeakingSignature.class);
    }

    @Test
    void aProviderUsingAStoreBreaksTheProviderRule() {
        assertBroken(ArchitectureRules.PROVIDERS_DEPEND_ONLY_ON_CORE_AND_SUPPORT, AcmeProviderWritingTheStore.class);
    }

    @Test
    void aProviderUsingCoreTheSupportKitAndItsOwnPackagesKeepsTheProviderRule() {
        assertKept(ArchitectureRules.PROVIDERS_DEPEND_ONLY_ON_CORE_AND_SUPPORT, AcmeProviderUsingSupport.class);
    }

    @Test
    void aStoreUsingCoreInternalsBreaksTheStoreRule() {
        assertBroken(ArchitectureRules.STORES_USE_ONLY_CORE_API, AcmeStoreUsingCoreInternals.class);
    }

    @Test
    void aStoreUsingTheStoreSpiKeepsTheStoreRule() {
        assertKept(ArchitectureRules.STORES_USE_ONLY_CORE_API, AcmeStoreUsingTheSpi.class);
    }

    @Test
    void printingToStandardOutputBreaksTheConsoleRule() {
        assertBroken(ArchitectureRules.NO_CONSOLE_OUTPUT_IN_LIBRARY_CODE, PrintsToConsole.class);
    }

    @Test
    void writingToStandardErrorBreaksTheConsoleRule() {
        assertBroken(ArchitectureRules.NO_CONSOLE_OUTPUT_IN_LIBRARY_CODE, WritesToStandardError.class);
    }

    @Test
    void printingAStackTraceBreaksTheConsoleRule() {
        assertBroken(ArchitectureRules.NO_CONSOLE_OUTPUT_IN_LIBRARY_CODE, PrintsStackTrace.class);
    }

    @Test
    void loggingThroughJavaUtilLoggingBreaksTheJulRule() {
        assertBroken(ArchitectureRules.NO_JAVA_UTIL_LOGGING_IN_LIBRARY_CODE, LogsThroughJul.class);
    }

    private static void assertBroken(ArchRule rule, Class<?> fixture) {
        JavaClasses classes = new ClassFileImporter().importClasses(fixture);
        assertThatThrownBy(() -> rule.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(fixture.getName());
    }

    private static void assertKept(ArchRule rule, Class<?> fixture) {
        JavaClasses classes = new ClassFileImporter().importClasses(fixture);
        assertThat(rule.evaluate(classes).hasViolation()).isFalse();
    }
}
