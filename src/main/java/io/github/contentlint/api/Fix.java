package io.github.contentlint.api;

/**
 * A safe edit a finding carries: replace the bytes {@code [startByte, endByte)} of the file
 * (as stored, byte order mark included) with {@code replacement}, encoded in the file's encoding.
 * Nothing else in the file changes. Build one with {@link io.github.contentlint.post.Post#fix}.
 *
 * @param startByte first byte to replace
 * @param endByte byte just past the last byte to replace
 * @param replacement the new text
 */
public record Fix(long startByte, long endByte, String replacement) {

    public Fix {
        if (startByte < 0 || endByte < startByte) {
            throw new IllegalArgumentException("bad byte range " + startByte + ".." + endByte);
        }
        if (replacement == null) {
            throw new IllegalArgumentException("replacement is null");
        }
    }
}
