package io.orgkit.core.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Detects a CSV file's encoding: a BOM decides; else UTF-8 if every byte decodes as UTF-8; else GBK. */
final class CsvCharsets {
    static final Charset GBK = Charset.forName("GBK");

    private CsvCharsets() {
    }

    static Charset detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return StandardCharsets.UTF_8;
            }
        }
        return isUtf8(file) ? StandardCharsets.UTF_8 : GBK;
    }

    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (var ch = Files.newByteChannel(file)) {
            boolean eof = false;
            while (!eof) {
                eof = ch.read(in) < 0;
                in.flip();
                if (d.decode(in, out, eof).isError()) {
                    return false;
                }
                in.compact();
                out.clear();
            }
            return !d.flush(out).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Skips a UTF-8 byte order mark at the start of {@code in} if the charset is UTF-8. */
    static void skipBom(InputStream in, Charset cs) throws IOException {
        if (!cs.equals(StandardCharsets.UTF_8)) {
            return;
        }
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }
}
