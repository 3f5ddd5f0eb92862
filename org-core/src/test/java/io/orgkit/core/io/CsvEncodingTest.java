package io.orgkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.ValidationException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV encoding is chosen strictly: UTF-8, else GBK, else GB18030, else a clear refusal; never guessed. */
class CsvEncodingTest {
    @TempDir
    Path dir;

    IoFixture f;

    @BeforeEach
    void setUp() {
        f = new IoFixture(dir);
    }

    private Path bytes(byte[]... parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p);
        }
        return Files.write(dir.resolve("bytes.csv"), out.toByteArray());
    }

    @Test
    void validUtf8IsReadAsUtf8() {
        f.acme.io().importMembers(f.file("Name\r\nCarol 张三\r\n", StandardCharsets.UTF_8), ImportOptions.defaults());

        assertThat(f.names()).contains("Carol 张三");
    }

    @Test
    void validGbkIsReadAsGbk() {
        f.acme.io().importMembers(f.file("姓名\r\n张三\r\n", Charset.forName("GBK")), ImportOptions.defaults());

        assertThat(f.names()).contains("张三");
    }

    @Test
    void textOnlyGb18030CanEncodeIsReadAsGb18030() {
        f.acme.io()
                .importMembers(f.file("姓名\r\n张\uD840\uDC00\r\n", Charset.forName("GB18030")), ImportOptions.defaults());

        assertThat(f.names()).contains("张\uD840\uDC00");
    }

    @Test
    void bytesValidInNoTriedEncodingAreRefusedNamingThemAndHowToSaveAsUtf8() throws Exception {
        Path file = bytes(
                "Name\r\nCa".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xFF},
                "rol\r\n".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> f.acme.io().importMembers(file, ImportOptions.defaults()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("neither valid UTF-8 nor GBK nor GB18030 (the encodings tried)")
                .hasMessageContaining("CSV UTF-8 (Comma delimited)")
                .hasMessageContaining("nothing was imported");
        assertThat(f.names()).containsExactly("Alice Zhang");
    }

    @Test
    void aChosenEncodingTheFileIsNotInIsRefusedInsteadOfReplacingCharacters() {
        Path gbk = f.file("姓名\r\n张三\r\n", Charset.forName("GBK"));

        assertThatThrownBy(() ->
                        f.acme.io().importMembers(gbk, ImportOptions.defaults().csvCharset(StandardCharsets.UTF_8)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("the file is not valid UTF-8 text");
        assertThat(f.names()).containsExactly("Alice Zhang");
    }
}
