package io.orgkit.core.io;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.store.InMemoryStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** An organization "Acme" with R&D/Backend and R&D/Frontend, and helpers to write and import CSV files. */
final class IoFixture {
    final InMemoryStore store = new InMemoryStore();
    final OrganizationService orgs = OrganizationService.builder().store(store).build();
    final Org acme = orgs.ensureDefault(new Creator("Alice Zhang", "+86 138 0013 8000"));
    final Department rnd = acme.departments().create(acme.root(), "R&D");
    final Department backend = acme.departments().create(rnd, "Backend");
    final Department frontend = acme.departments().create(rnd, "Frontend");
    private final Path dir;
    private int files;

    IoFixture(Path dir) {
        this.dir = dir;
    }

    Path csv(String... lines) {
        return file(String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    Path file(String content, Charset charset) {
        try {
            return Files.write(dir.resolve("upload-" + (++files) + ".csv"), content.getBytes(charset));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    ImportResult importCsv(ImportOptions options, String... lines) {
        return acme.io().importMembers(csv(lines), options);
    }

    ImportResult importCsv(String... lines) {
        return importCsv(ImportOptions.defaults(), lines);
    }

    Member member(String name) {
        return acme.members().list().stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no member named " + name));
    }

    List<String> names() {
        return acme.members().list().stream()
                .map(Member::name)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    static String export(Org org, ExportScope scope, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.io().exportMembers(scope, FileFormat.CSV, options, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
