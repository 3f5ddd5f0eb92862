package io.orgkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.ValidationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RFC 4180 details, seen through the import. */
class CsvReaderTest {
    @TempDir
    Path dir;

    IoFixture f;

    @BeforeEach
    void setUp() {
        f = new IoFixture(dir);
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        Path file = f.file(
                "Name,Note,Position\n\"Li, Bob\",\"two\nlines\",\"Lead \"\"Core\"\" Team\"\r\n"
                        + "Carol,,Tester\rDan,,\n",
                StandardCharsets.UTF_8);

        ImportResult r = f.acme.io().importMembers(file, ImportOptions.defaults());

        assertThat(r.created()).isEqualTo(3);
        assertThat(f.member("Li, Bob").position()).isEqualTo("Lead \"Core\" Team");
        assertThat(f.member("Carol").position()).isEqualTo("Tester");
        assertThat(f.member("Dan").position()).isNull();
    }

    @Test
    void rowNumbersCountRecordsSoErrorsPointAtTheSpreadsheetRow() {
        Path file = f.file("Name,Note,Phone\nBob,\"Lead\nDev\",13900139000\nCarol,,xyz\n", StandardCharsets.UTF_8);

        ImportResult r = f.acme.io().importMembers(file, ImportOptions.defaults());

        assertThat(r.errors()).extracting(RowError::row).containsExactly(3);
    }

    @Test
    void anUnclosedQuoteIsRefusedAsADamagedFile() {
        Path file = f.file("Name\n\"Bob\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> f.acme.io().importMembers(file, ImportOptions.defaults()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("never closed");
        assertThat(f.names()).containsExactly("Alice Zhang");
    }

    @Test
    void aCsvTemplateHasTheHeaderAndTheExampleRow() {
        var out = new java.io.ByteArrayOutputStream();
        f.acme.io().writeTemplate(FileFormat.CSV, HeaderLanguage.CHINESE, out);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF姓名 *,工号,手机,邮箱,职位,部门\r\n"
                        + "Zhang San,E0001,'+86 138 0013 8000,zhang.san@example.com,Engineer,R&D\r\n");
    }
}
