package io.orgkit.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.util.List;
import java.util.function.BiPredicate;

/** Conditions the ArchUnit DSL does not offer directly. */
final class DependencyConditions {
    private static final List<List<String>> PRINT_STACK_TRACE_PARAMETERS =
            List.of(List.of(), List.of("java.io.PrintStream"), List.of("java.io.PrintWriter"));

    private DependencyConditions() {}

    /**
     * Every dependency on an OrgKit class (other than the class itself) satisfies {@code allowed(origin, target)};
     * dependencies on the JDK and third-party libraries are not this condition's business.
     */
    static ArchCondition<JavaClass> onlyDependOnOrgKitClassesWhere(
            String description, BiPredicate<JavaClass, JavaClass> allowed) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    if (OrgKitPackages.isOrgKit(target) && !allowed.test(origin, target)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    /**
     * Calls {@code printStackTrace()}, {@code printStackTrace(PrintStream)} or {@code printStackTrace(PrintWriter)},
     * recognised by name and parameters (the owner may be any exception type, which the import does not resolve).
     */
    static ArchCondition<JavaClass> callPrintStackTrace() {
        DescribedPredicate<JavaMethodCall> printStackTrace = DescribedPredicate.describe(
                "Throwable.printStackTrace",
                call -> call.getTarget().getName().equals("printStackTrace")
                        && PRINT_STACK_TRACE_PARAMETERS.contains(call.getTarget().getRawParameterTypes().stream()
                                .map(JavaClass::getName)
                                .toList()));
        return ArchConditions.callMethodWhere(printStackTrace);
    }
}
