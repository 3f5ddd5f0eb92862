package io.orgkit.store.jdbc;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Skips a {@link NeedsDatabase} class when its environment variable is not set, and says so on the console once
 * per class (surefire keeps skip reasons in its XML reports only; this module's pom lets test output through).
 */
final class DatabaseSuiteCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<NeedsDatabase> needs = context.getTestMethod().isPresent()
                ? Optional.empty()
                : AnnotationSupport.findAnnotation(context.getElement(), NeedsDatabase.class);
        if (needs.isEmpty()) {
            return ConditionEvaluationResult.enabled("not a database suite");
        }
        String env = needs.get().env();
        String url = System.getenv(env);
        if (url != null && !url.isBlank()) {
            return ConditionEvaluationResult.enabled(env + " is set");
        }
        String reason = skipReason(context.getRequiredTestClass(), needs.get());
        System.out.println("[database suite skipped] " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    static String skipReason(Class<?> suite, NeedsDatabase needs) {
        return suite.getSimpleName() + ": set " + needs.env() + " (for example " + TestDatabases.exampleUrl(needs.env())
                + ") to run " + needs.runs();
    }
}
