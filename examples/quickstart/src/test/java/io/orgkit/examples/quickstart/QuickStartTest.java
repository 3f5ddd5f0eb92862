package io.orgkit.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickStartTest {

    private static String run(Path data) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            QuickStart.main(new String[] {data.toString()});
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theTourRunsAndItsDataSurvivesASecondRun(@TempDir Path dir) {
        String first = run(dir.resolve("db"));
        assertThat(first)
                .contains("Organization 'Default Organization', leader Alice Zhang")
                .contains("Merged Backend and Frontend into 'Engineering': [Bob Li, Carol Lin]")
                .contains("Dan resigned: 3 active members, 1 resigned kept on record")
                .contains("Search 'li' -> Bob [Li]")
                .contains("nothing written (members now: 0)")
                .contains("  of which 2 for the root department: it is linked to DingTalk's root department and takes"
                        + " its name")
                .containsPattern("    DEPARTMENT_UPDATED 1 '[^']+' root linked to the platform")
                .containsPattern("    DEPARTMENT_RENAMED 1 '[^']+' from 'ACME on DingTalk \\(run 1\\)'")
                .contains("First sync: APPLIED")
                .containsPattern(
                        "Second sync: APPLIED, \\{department_renamed=1, department_updated=1, member_created=1,"
                                + " member_resigned=1\\}")
                .contains("Third sync (nothing changed): UNCHANGED, no changes");

        String second = run(dir.resolve("db"));
        assertThat(second)
                .contains("Found the data of 1 earlier run(s)")
                .contains("has 3 active members")
                .contains("Organization 'ACME run 2'")
                .contains("Created 'ACME on DingTalk (run 2)'");
    }
}
