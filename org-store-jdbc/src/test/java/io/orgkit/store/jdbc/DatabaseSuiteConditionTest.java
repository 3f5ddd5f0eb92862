package io.orgkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** A database suite without its variable is skipped as a whole, and says why on the console once. */
class DatabaseSuiteConditionTest {

    @Test
    void aSuiteWhoseVariableIsNotSetIsSkippedWithTheReasonPrintedOnce() {
        Run run = Run.of(WithoutServer.class);

        assertThat(run.finished).isEmpty();
        assertThat(run.skipReasons)
                .containsExactly("WithoutServer: set ORGKIT_TEST_NEVER_SET_BY_ANYONE (for example"
                        + " jdbc:mariadb://127.0.0.1:3306/test?user=root) to run two tests that need a server");
        assertThat(run.console)
                .isEqualTo("[database suite skipped] " + run.skipReasons.get(0) + System.lineSeparator());
    }

    @Test
    void aSuiteWhoseVariableIsSetRunsAndPrintsNothing() {
        Run run = Run.of(WithServer.class);

        assertThat(run.finished).containsExactlyInAnyOrder("first()", "second()");
        assertThat(run.skipReasons).isEmpty();
        assertThat(run.console).isEmpty();
    }

    /** Runs one class on the JUnit platform, recording what finished, what was skipped and what was printed. */
    private static final class Run implements TestExecutionListener {
        final List<String> finished = new ArrayList<>();
        final List<String> skipReasons = new ArrayList<>();
        String console = "";

        static Run of(Class<?> suite) {
            Run run = new Run();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream original = System.out;
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            try {
                LauncherFactory.create()
                        .execute(
                                LauncherDiscoveryRequestBuilder.request()
                                        .selectors(selectClass(suite))
                                        .build(),
                                run);
            } finally {
                System.setOut(original);
            }
            run.console = out.toString(StandardCharsets.UTF_8);
            return run;
        }

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            skipReasons.add(reason);
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (test.isTest() && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                finished.add(test.getDisplayName());
            }
        }
    }

    @NeedsDatabase(env = "ORGKIT_TEST_NEVER_SET_BY_ANYONE", runs = "two tests that need a server")
    static class WithoutServer {
        @Test
        void first() {}

        @Test
        void second() {}
    }

    @NeedsDatabase(env = "PATH", runs = "two tests")
    static class WithServer {
        @Test
        void first() {}

        @Test
        void second() {}
    }
}
