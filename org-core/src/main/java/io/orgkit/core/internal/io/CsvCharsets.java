package io.orgkit.core.internal.io;

import io.orgkit.core.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Chooses a CSV file's encoding strictly: the first of UTF-8 (a BOM allowed), GBK and GB18030 in which the whole
 * file decodes without a single malformed or unmappable byte; none of them refuses the file, naming the
 * encodings tried and how to save the file as UTF-8. Nothing is ever decoded with replacement characters.
 */
final class CsvCharsets {
    static final Charset GBK = Charset.forName("GBK");
    static final Charset GB18030 = Charset.forName("GB18030");
    static final List<Charset> TRIED = List.of(StandardCharsets.UTF_8, GBK, GB18030);
    static final String SAVE_AS_UTF8 = "save it as UTF-8: in Excel, File > Save As > 'CSV UTF-8 (Comma delimited)"
            + " (*.csv)'; in WPS or a text editor, choose the encoding UTF-8 when saving";

    private CsvCharsets() {}

    static Charset detect(Path file) throws IOException {
        for (Charset cs : TRIED) {
            if (decodes(file, cs)) {
                return cs;
            }
        }
        throw ValidationException.of(
                "file",
                "the file's text is not in a known encoding: it is neither valid"
                        + " UTF-8 nor GBK nor GB18030 (the encodings tried); " + SAVE_AS_UTF8
                        + ", then upload it again;"
                        + " nothing was imported");
    }

    /** A decoder that reports (never replaces) malformed and unmappable input. */
    static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Whether every byte of the file decodes in {@code cs}. */
    private static boolean decodes(Path file, Charset cs) throws IOException {
        CharsetDecoder d = strict(cs);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
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
