package io.orgkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A library module added to the build is checked by the architecture rules too, and is in the BOM that users
 * import.
 */
class LibraryModulesTest {

    @Test
    void everyLibraryModuleOfTheBuildIsADependencyOfTheArchitectureTests() throws IOException {
        String own = Files.readString(Path.of("pom.xml"));

        List<String> libraryModules = LibraryModules.of(Path.of(".."));
        List<String> dependencies = all(own, "<artifactId>([^<]+)</artifactId>");

        assertThat(libraryModules).isNotEmpty().contains("org-core");
        assertThat(dependencies)
                .as("add each library module to org-architecture-tests/pom.xml as a test dependency")
                .containsAll(libraryModules);
    }

    @Test
    void theBomManagesEveryLibraryModuleAndTheParentsLog4jVersion() throws IOException {
        String bom = Files.readString(Path.of("..", "org-bom", "pom.xml"));
        String parent = Files.readString(Path.of("..", "pom.xml"));

        assertThat(all(bom, "<artifactId>([^<]+)</artifactId>"))
                .as("add each library module to org-bom/pom.xml")
                .containsAll(LibraryModules.of(Path.of("..")))
                .contains("log4j-to-slf4j");
        assertThat(all(bom, "<log4j.version>([^<]+)</log4j.version>"))
                .as("org-bom's log4j.version (for log4j-to-slf4j) is the parent's")
                .isEqualTo(all(parent, "<log4j.version>([^<]+)</log4j.version>"))
                .hasSize(1);
    }

    private static List<String> all(String xml, String regex) {
        Matcher m = Pattern.compile(regex).matcher(xml);
        return m.results().map(r -> r.group(1).trim()).toList();
    }
}
