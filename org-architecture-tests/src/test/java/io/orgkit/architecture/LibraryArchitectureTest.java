package io.orgkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules of {@link ArchitectureRules}, checked against the main code of every library module. */
class LibraryArchitectureTest {
    private static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(OrgKitPackages.ORGKIT);

    @Test
    void theCheckedCodeIsTheMainCodeOfEveryLibraryModule() {
        var packages = LIBRARY.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());

        assertThat(packages)
                .contains(
                        "io.orgkit.core",
                        "io.orgkit.tck.store",
                        "io.orgkit.store.jdbc",
                        "io.orgkit.excel",
                        "io.orgkit.provider.dingtalk",
                        "io.orgkit.core.internal",
                        "io.orgkit.provider.dingtalk.internal",
                        "io.orgkit.provider.wecom",
                        "io.orgkit.provider.wecom.internal",
                        "io.orgkit.provider.teams",
                        "io.orgkit.provider.teams.internal");
        assertThat(packages).noneMatch(p -> p.contains("archfixture") || p.startsWith("io.orgkit.architecture"));
    }

    @Test
    void coreDependsOnNoOtherModule() {
        ArchitectureRules.CORE_DEPENDS_ON_NO_OTHER_MODULE.check(LIBRARY);
    }

    @Test
    void internalPackagesAreUsedOnlyInsideTheirOwnModule() {
        ArchitectureRules.INTERNAL_STAYS_IN_ITS_MODULE.check(LIBRARY);
    }

    @Test
    void noInternalTypeAppearsInAPublicSignature() {
        ArchitectureRules.NO_INTERNAL_TYPE_IN_PUBLIC_SIGNATURES.check(LIBRARY);
    }

    @Test
    void providersDependOnlyOnCoreAndTheProviderSupportKit() {
        ArchitectureRules.PROVIDERS_DEPEND_ONLY_ON_CORE_AND_SUPPORT.check(LIBRARY);
    }

    @Test
    void storesUseOnlyCoresPublicApi() {
        ArchitectureRules.STORES_USE_ONLY_CORE_API.check(LIBRARY);
    }

    @Test
    void libraryCodeDoesNotPrintToTheConsole() {
        ArchitectureRules.NO_CONSOLE_OUTPUT_IN_LIBRARY_CODE.check(LIBRARY);
    }

    @Test
    void libraryCodeDoesNotLogThroughJavaUtilLogging() {
        ArchitectureRules.NO_JAVA_UTIL_LOGGING_IN_LIBRARY_CODE.check(LIBRARY);
    }
}
