package io.orgkit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.orgkit.architecture.OrgKitPackages.CORE;
import static io.orgkit.architecture.OrgKitPackages.PROVIDER_SUPPORT;
import static io.orgkit.architecture.OrgKitPackages.isInternal;
import static io.orgkit.architecture.OrgKitPackages.isUnder;
import static io.orgkit.architecture.OrgKitPackages.ownerOfInternal;
import static io.orgkit.architecture.OrgKitPackages.packageOf;
import static io.orgkit.architecture.OrgKitPackages.rootOf;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * OrgKit's architecture rules. {@link LibraryArchitectureTest} checks them against the main code of every library
 * module; {@link ArchitectureRulesCatchViolationsTest} proves each one fails on a class that breaks it.
 *
 * <p>The rules name packages, not modules, so a module added later is covered as soon as its classes are on this
 * module's test classpath and it follows the package names of {@link OrgKitPackages}. To add a module:
 * <ol>
 *   <li>name its packages after its kind: a provider {@code io.orgkit.provider.<platform>} (e.g.
 *       {@code org-provider-wecom} → {@code io.orgkit.provider.wecom}, {@code org-provider-teams} →
 *       {@code io.orgkit.provider.teams}), the provider support kit {@code io.orgkit.provider.support}, a store
 *       {@code io.orgkit.store.<name>}, a search plug-in {@code io.orgkit.search.<name>} ({@code org-search-pinyin}
 *       → {@code io.orgkit.search.pinyin}), the starter {@code io.orgkit.spring}; implementation in
 *       {@code ….internal} packages;</li>
 *   <li>add it as a test dependency to {@code org-architecture-tests/pom.xml} ({@link LibraryModulesTest} fails
 *       until every library module of the parent pom is there);</li>
 *   <li>a new kind of module that needs a rule of its own (say, "the starter may use every module but no
 *       internal package") gets it here, with a violating fixture in {@link ArchitectureRulesCatchViolationsTest}.</li>
 * </ol>
 * Examples and benchmarks are not library modules and are not checked.
 */
final class ArchitectureRules {
    private static final String TCK = "io.orgkit.tck";
    /** Captures console and java.util.logging output on purpose (the TCK's log assertions). */
    private static final String LOG_CAPTURE = "io.orgkit.tck.provider.LogCapture";

    /** org-core is the bottom layer: every other module depends on it, it depends on none of them. */
    static final ArchRule CORE_DEPENDS_ON_NO_OTHER_MODULE = noClasses()
            .that()
            .resideInAPackage(CORE + "..")
            .should()
            .dependOnClassesThat(resideInAPackage("io.orgkit..").and(not(resideInAPackage(CORE + ".."))))
            .because("org-core is the bottom layer; the other modules plug into it");

    /** An {@code internal} package is used only by the module that owns it. */
    static final ArchRule INTERNAL_STAYS_IN_ITS_MODULE = classes()
            .that()
            .resideInAPackage("io.orgkit..")
            .should(DependencyConditions.onlyDependOnOrgKitClassesWhere(
                    "use an internal package of their own module only",
                    (origin, target) -> !isInternal(target) || isUnder(packageOf(origin), ownerOfInternal(target))))
            .because("internal packages may change in any release; users and other modules see the API only");

    /** No internal type in a public or protected signature of a public type of an API package. */
    static final ArchRule NO_INTERNAL_TYPE_IN_PUBLIC_SIGNATURES = classes()
            .that()
            .resideInAPackage("io.orgkit..")
            .and()
            .resideOutsideOfPackage("..internal..")
            .should(SignatureCondition.exposeNoInternalType())
            .because("a user must be able to call the API without importing an internal package");

    /**
     * Providers fetch and translate: they use core's API, the provider support kit and their own packages, never
     * a store, another provider, Excel or the starter.
     */
    static final ArchRule PROVIDERS_DEPEND_ONLY_ON_CORE_AND_SUPPORT = classes()
            .that()
            .resideInAPackage(OrgKitPackages.PROVIDERS + "..")
            .should(DependencyConditions.onlyDependOnOrgKitClassesWhere(
                    "depend only on core's API, the provider support kit and their own provider",
                    ArchitectureRules::providerMayUse))
            .allowEmptyShould(true)
            .because("providers never write the store; shared HTTP plumbing lives in org-provider-support");

    /** Stores implement the store SPI with core's public API and their own packages only. */
    static final ArchRule STORES_USE_ONLY_CORE_API = classes()
            .that()
            .resideInAPackage(OrgKitPackages.STORES + "..")
            .should(DependencyConditions.onlyDependOnOrgKitClassesWhere(
                    "depend only on core's API and store SPI and their own store", ArchitectureRules::storeMayUse))
            .allowEmptyShould(true)
            .because("all shared rules live once in core; a store is a handful of primitive operations");

    /** Library code logs through SLF4J, never to the console (stack traces included). */
    static final ArchRule NO_CONSOLE_OUTPUT_IN_LIBRARY_CODE = noClasses()
            .that()
            .resideInAPackage("io.orgkit..")
            .and()
            .doNotHaveFullyQualifiedName(LOG_CAPTURE)
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .orShould(DependencyConditions.callPrintStackTrace())
            .because("the host application decides where logs go (SLF4J); " + LOG_CAPTURE
                    + " tees the console on purpose, to let the TCK assert on what was logged");

    /**
     * Library code does not log through java.util.logging. The TCK may configure the JDK's own JUL loggers (its
     * simulators quiet the JDK HTTP server's request log; LogCapture records JUL output for log assertions).
     */
    static final ArchRule NO_JAVA_UTIL_LOGGING_IN_LIBRARY_CODE = noClasses()
            .that()
            .resideInAPackage("io.orgkit..")
            .and()
            .resideOutsideOfPackage(TCK + "..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("java.util.logging..")
            .because("OrgKit logs through SLF4J, which the host application routes");

    private ArchitectureRules() {}

    private static boolean providerMayUse(JavaClass origin, JavaClass target) {
        return isApiOf(target, CORE) || isApiOf(target, PROVIDER_SUPPORT) || sameModule(origin, target, 4);
    }

    private static boolean storeMayUse(JavaClass origin, JavaClass target) {
        return isApiOf(target, CORE) || sameModule(origin, target, 4);
    }

    private static boolean isApiOf(JavaClass target, String moduleRoot) {
        return isUnder(packageOf(target), moduleRoot) && !isInternal(target);
    }

    private static boolean sameModule(JavaClass origin, JavaClass target, int depth) {
        return rootOf(origin, depth).equals(rootOf(target, depth));
    }
}
