package io.github.contentlint.engine;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.Fix;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the fixes findings carry to a file's bytes, touching no other byte. Fixes are taken in
 * the order given (the report order); a fix that overlaps one already taken, reaches past the
 * end of the file, or whose replacement the file's encoding cannot hold is skipped. Pure: no
 * file system, so that every case is testable on byte arrays.
 */
public final class FixApplier {

    private FixApplier() {
    }

    /**
     * The outcome for one file.
     *
     * @param bytes the file's new bytes (the original ones when nothing was applied)
     * @param applied the findings whose fix was applied, in the order given
     * @param skipped the findings whose fix was skipped, in the order given
     */
    public record Applied(byte[] bytes, List<Finding> applied, List<Finding> skipped) {

        public Applied {
            applied = List.copyOf(applied);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Applies the fixes of {@code findings} (findings without a fix are ignored) to {@code original}.
     *
     * @param original the file's bytes, byte order mark included, as they were linted
     * @param charset the file's encoding, in which replacements are written
     */
    public static Applied apply(byte[] original, Charset charset, List<Finding> findings) {
        List<Finding> applied = new ArrayList<>();
        List<Finding> skipped = new ArrayList<>();
        List<Edit> edits = new ArrayList<>();
        // Java's "UTF-16" encoder writes a byte order mark before every replacement; the file has
        // at most one, at its start, and reads big-endian without one.
        Charset target = charset.equals(StandardCharsets.UTF_16) ? StandardCharsets.UTF_16BE : charset;
        CharsetEncoder encoder = target.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (Finding finding : findings) {
            Fix fix = finding.fix();
            if (fix == null) {
                continue;
            }
            byte[] replacement = encode(encoder, fix.replacement());
            if (fix.endByte() > original.length || replacement == null
                    || edits.stream().anyMatch(edit -> overlaps(edit.fix(), fix))) {
                skipped.add(finding);
                continue;
            }
            edits.add(new Edit(fix, replacement));
            applied.add(finding);
        }
        if (edits.isEmpty()) {
            return new Applied(original, applied, skipped);
        }
        edits.sort(Comparator.comparingLong(edit -> edit.fix().startByte()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 64);
        int position = 0;
        for (Edit edit : edits) {
            int start = (int) edit.fix().startByte();
            out.write(original, position, start - position);
            out.write(edit.replacement(), 0, edit.replacement().length);
            position = (int) edit.fix().endByte();
        }
        out.write(original, position, original.length - position);
        return new Applied(out.toByteArray(), applied, skipped);
    }

    /**
     * Whether two fixes touch the same bytes, or insert at the same place (whose order would
     * then be a guess), or one inserts inside the other's range.
     */
    static boolean overlaps(Fix a, Fix b) {
        if (a.startByte() == b.startByte()) {
            return true;
        }
        return a.startByte() < b.endByte() && b.startByte() < a.endByte();
    }

    private static byte[] encode(CharsetEncoder encoder, String text) {
        try {
            ByteBuffer buffer = encoder.reset().encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private record Edit(Fix fix, byte[] replacement) {
    }
}
