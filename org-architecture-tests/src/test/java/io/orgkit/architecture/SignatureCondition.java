package io.orgkit.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A public type (nested ones only when every enclosing type is public too) exposes no {@code internal} type: not as
 * its superclass or an interface, and not in the type, parameters, return type, thrown exceptions or type arguments
 * of a public or protected field, constructor or method. Compiler-generated members are skipped.
 */
final class SignatureCondition {
    private SignatureCondition() {}

    static ArchCondition<JavaClass> exposeNoInternalType() {
        return new ArchCondition<>("expose no internal type in a public signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (!isVisibleToUsers(type)) {
                    return;
                }
                Set<JavaClass> supertypes = new LinkedHashSet<>(type.getRawInterfaces());
                type.getRawSuperclass().ifPresent(supertypes::add);
                report(type, type.getName() + " extends or implements", supertypes, events);
                for (JavaMember member : type.getMembers()) {
                    if (isVisibleMember(member)) {
                        report(member, member.getFullName() + " uses", involvedTypes(member), events);
                    }
                }
            }
        };
    }

    private static void report(Object item, String what, Set<JavaClass> types, ConditionEvents events) {
        for (JavaClass t : types) {
            if (OrgKitPackages.isInternal(t)) {
                events.add(SimpleConditionEvent.violated(item, what + " the internal type " + t.getName()));
            }
        }
    }

    private static boolean isVisibleToUsers(JavaClass type) {
        Optional<JavaClass> current = Optional.of(type);
        while (current.isPresent()) {
            if (!current.get().getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
            current = current.get().getEnclosingClass();
        }
        return true;
    }

    private static boolean isVisibleMember(JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        boolean visible = modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
        return visible && !modifiers.contains(JavaModifier.SYNTHETIC) && !modifiers.contains(JavaModifier.BRIDGE);
    }

    private static Set<JavaClass> involvedTypes(JavaMember member) {
        Set<JavaClass> types = new LinkedHashSet<>();
        if (member instanceof JavaField field) {
            types.addAll(field.getType().getAllInvolvedRawTypes());
        } else if (member instanceof JavaCodeUnit code) {
            types.addAll(code.getReturnType().getAllInvolvedRawTypes());
            for (JavaType parameter : code.getParameterTypes()) {
                types.addAll(parameter.getAllInvolvedRawTypes());
            }
            types.addAll(code.getThrowsClause().getTypes());
        }
        return types;
    }
}
