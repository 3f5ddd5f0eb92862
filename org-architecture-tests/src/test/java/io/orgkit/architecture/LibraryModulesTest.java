package io.orgkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A library module added to the build is checked by the architecture rules too. */
class LibraryModulesTest {
    /** Modules of the parent pom that are not library modules (and need no architecture check). */
    private static final List<String> NOT_LIBRARY = List.of(
            "org-bom",
            "org-architecture-tests",
            "benchmarks",
            // runs org-spring-boot-starter's tests on Spring Boot 4; no main code
            "org-spring-boot-starter-tests-boot4");

    @Test
    void everyLibraryModuleOfTheBuildIsADependencyOfTheArchitectureTests() throws IOException {
        String parent = Files.readString(Path.of("..", "pom.xml"));
        String own = Files.readString(Path.of("pom.xml"));

        List<String> libraryModules = all(parent, "<module>([^<]+)</module>").stream()
                .filter(m -> !NOT_LIBRARY.contains(m) && !m.startsWith("examples/"))
                .toList();
        List<String> dependencies = all(own, "<artifactId>([^<]+)</artifactId>");

        assertThat(libraryModules).isNotEmpty().contains("org-core");
        assertThat(dependencies)
                .as("add each library module to org-architecture-tests/pom.xml as a test dependency")
                .containsAll(libraryModules);
    }

    private static List<String> all(String xml, String regex) {
        Matcher m = Pattern.compile(regex).matcher(xml);
        return m.results().map(r -> r.group(1).trim()).toList();
    }
}
