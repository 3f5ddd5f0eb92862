package io.orgkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public or protected type, constructor, method and field of a library module's API packages (every package
 * but {@code ….internal}) has a Javadoc comment, and so has every API package (its {@code package-info.java}).
 *
 * <p>The build's doclint ({@code -Xdoclint:all/protected,-missing} on main sources, in the parent pom) fails on broken
 * comments; this test adds the "no comment" check that doclint's {@code missing} group would make together with
 * its demand for an {@code @param} and {@code @return} on every method. It runs javac's doclint on the API sources
 * of every library module of the parent pom, so a new module is covered as soon as it is a module of the build.
 */
class PublicApiDocumentedTest {
    /** Library modules whose API is not yet fully documented (none: keep it so). */
    private static final List<String> NOT_YET_DOCUMENTED = List.of();

    @Test
    void everyPublicTypeAndMemberOfTheApiHasAJavadocComment(@TempDir Path out) throws IOException {
        List<String> modules = LibraryModules.of(Path.of(".."));
        List<Path> roots = new ArrayList<>();
        List<File> sources = new ArrayList<>();
        for (String module : modules) {
            Path root = Path.of("..", module, "src", "main", "java");
            if (NOT_YET_DOCUMENTED.contains(module) || !Files.isDirectory(root)) {
                continue;
            }
            roots.add(root);
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> !root.relativize(f).toString().contains("internal"))
                        .forEach(f -> sources.add(f.toFile()));
            }
        }
        assertThat(sources).as("API sources of %s", modules).hasSizeGreaterThan(100);

        assertThat(undocumented(sources, roots, out))
                .as("public API without a Javadoc comment (write one: what it is or does, and @throws for the"
                        + " exceptions a caller can meet)")
                .isEmpty();
    }

    private static List<String> undocumented(List<File> sources, List<Path> roots, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "-proc:none",
                    "-XDshould-stop.ifNoError=FLOW", // doclint runs after flow analysis; no class files needed
                    "-implicit:none",
                    "-Xmaxwarns",
                    "100000",
                    "-Xdoclint:missing/protected",
                    "-d",
                    out.toString(),
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "--source-path",
                    String.join(
                            File.pathSeparator,
                            roots.stream().map(Path::toString).toList()));
            javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(sources))
                    .call();
        }
        List<String> found = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            String message = d.getMessage(Locale.ROOT);
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                found.add("compile error " + where(d) + ": " + message);
            } else if (message.startsWith("no comment")) {
                found.add(where(d));
            }
        }
        return found;
    }

    private static String where(Diagnostic<? extends JavaFileObject> d) {
        String file = d.getSource() == null ? "?" : d.getSource().getName().replace('\\', '/');
        int at = file.indexOf("/src/main/java/");
        return (at < 0 ? file : file.substring(at + "/src/main/java/".length())) + ":" + d.getLineNumber();
    }
}
