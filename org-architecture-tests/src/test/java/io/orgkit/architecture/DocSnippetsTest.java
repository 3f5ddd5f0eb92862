package io.orgkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of the README and of {@code docs/} shows its imports, and what it names is real: each imported
 * OrgKit or JDK class exists, each type the snippet uses is imported (or in {@code java.lang}, or declared in the
 * snippet), and each {@code Type.member} it uses on an OrgKit type (a static method, constant or nested type)
 * exists. Instance calls are not checked; a snippet may leave values out with {@code ...}.
 */
class DocSnippetsTest {
    private static final Pattern SNIPPET = Pattern.compile("(?s)```java\\n(.*?)```");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import ([\\w.]+);$");
    private static final Pattern TYPE = Pattern.compile("(?<![.\\w])([A-Z][a-z]\\w*)");
    private static final Pattern STATIC_USE = Pattern.compile("(?<![.\\w])([A-Z][a-z]\\w*)\\.([A-Za-z_]\\w*)");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|record|interface|enum) ([A-Z]\\w*)");

    @Test
    void everySnippetImportsWhatItUsesAndItsNamesExist() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("..", "README.md")));
        try (Stream<Path> docs = Files.walk(Path.of("..", "docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> problems = new ArrayList<>();
        int snippets = 0;
        for (Path page : pages) {
            Matcher m = SNIPPET.matcher(Files.readString(page));
            while (m.find()) {
                snippets++;
                String where = page.getFileName() + " snippet at offset " + m.start();
                check(m.group(1), where, problems);
            }
        }
        assertThat(snippets).isGreaterThan(20);
        assertThat(problems).as("doc snippets (README.md, docs/)").isEmpty();
    }

    private static void check(String snippet, String where, List<String> problems) {
        Map<String, String> imported = new HashMap<>();
        IMPORT.matcher(snippet).results().forEach(r -> {
            String name = r.group(1);
            imported.put(name.substring(name.lastIndexOf('.') + 1), name);
            if ((name.startsWith("io.orgkit.") || name.startsWith("java.")) && load(name) == null) {
                problems.add(where + ": import " + name + " does not exist");
            }
        });
        if (imported.isEmpty()) {
            problems.add(where + ": shows no imports");
        }
        String code = withoutStringsAndComments(snippet.replaceAll("(?m)^\\s*import .*$", ""));
        List<String> declared =
                DECLARED.matcher(code).results().map(r -> r.group(1)).toList();
        TYPE.matcher(code).results().map(r -> r.group(1)).distinct().forEach(type -> {
            if (!imported.containsKey(type) && !declared.contains(type) && load("java.lang." + type) == null) {
                problems.add(where + ": uses " + type + " without importing it");
            }
        });
        STATIC_USE.matcher(code).results().forEach(r -> {
            String owner = imported.get(r.group(1));
            if (owner != null && owner.startsWith("io.orgkit.")) {
                Class<?> type = load(owner);
                if (type != null && !hasMember(type, r.group(2))) {
                    problems.add(where + ": " + r.group(1) + "." + r.group(2) + " does not exist");
                }
            }
        });
    }

    private static boolean hasMember(Class<?> type, String name) {
        return Arrays.stream(type.getMethods()).map(Method::getName).anyMatch(name::equals)
                || Arrays.stream(type.getFields()).map(Field::getName).anyMatch(name::equals)
                || Arrays.stream(type.getClasses()).map(Class::getSimpleName).anyMatch(name::equals);
    }

    private static String withoutStringsAndComments(String code) {
        return code.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"").replaceAll("//[^\\n]*", "");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, DocSnippetsTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
