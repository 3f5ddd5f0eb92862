package io.orgkit.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** The library modules of the build: the parent pom's modules but the BOM, these tests, benchmarks and examples. */
final class LibraryModules {
    /** Modules of the parent pom that are not library modules (and need no architecture check). */
    private static final List<String> NOT_LIBRARY = List.of(
            "org-bom",
            "org-architecture-tests",
            "benchmarks",
            // runs org-spring-boot-starter's tests on Spring Boot 4; no main code
            "org-spring-boot-starter-tests-boot4");

    private LibraryModules() {}

    static List<String> of(Path projectRoot) throws IOException {
        String parent = Files.readString(projectRoot.resolve("pom.xml"));
        return Pattern.compile("<module>([^<]+)</module>")
                .matcher(parent)
                .results()
                .map(r -> r.group(1).trim())
                .filter(m -> !NOT_LIBRARY.contains(m) && !m.startsWith("examples/"))
                .toList();
    }
}
