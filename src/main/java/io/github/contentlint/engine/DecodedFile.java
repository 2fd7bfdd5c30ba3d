package io.github.contentlint.engine;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file's bytes turned into text, or the reason they cannot be: binary content or bytes that
 * are not valid in the encoding. A byte order mark picks the encoding and is left out of the text.
 *
 * @param text the decoded text, or null when the bytes are not text
 * @param charset the encoding used
 * @param bomLength bytes of byte order mark
 * @param problemKey the {@code unreadable} message key when {@code text} is null
 * @param problemArguments its arguments
 */
public record DecodedFile(String text, Charset charset, int bomLength, String problemKey, Object[] problemArguments) {

    private static final int BINARY_PROBE = 8000;
    /** What a Japanese or Western post is likely saved in when it is not UTF-8, most specific first. */
    private static final java.util.List<Charset> LIKELY_ENCODINGS = java.util.List.of(
            StandardCharsets.UTF_8, Charset.forName("EUC-JP"), Charset.forName("Shift_JIS"),
            Charset.forName("windows-1252"));

    /** Decodes a file's bytes in the configured encoding, unless a byte order mark names another. */
    public static DecodedFile decode(byte[] bytes, Charset configured) {
        Charset charset = configured;
        int bom = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        }
        if (bom == 0 && isBinary(bytes)) {
            return new DecodedFile(null, charset, 0, "binary", new Object[0]);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, bom, bytes.length - bom);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            String line = String.valueOf(lineOfByte(bytes, offset));
            for (Charset guess : LIKELY_ENCODINGS) {
                if (!guess.equals(charset) && decodesCleanly(bytes, guess)) {
                    return new DecodedFile(null, charset, bom, "encoding-guess",
                            new Object[] {line, String.valueOf(offset), charset.name(), guess.name()});
                }
            }
            return new DecodedFile(null, charset, bom, "encoding",
                    new Object[] {line, String.valueOf(offset), charset.name()});
        }
        out.flip();
        return new DecodedFile(out.toString(), charset, bom, null, null);
    }

    private static boolean decodesCleanly(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** Whether the bytes were text; when not, {@link #problemKey()} says why. */
    public boolean isText() {
        return text != null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBinary(byte[] bytes) {
        int probe = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
