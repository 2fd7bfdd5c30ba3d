package io.github.contentlint.engine;

/**
 * What the file system says about a file without reading it: enough to trust a cache entry
 * when neither has changed.
 *
 * @param size bytes
 * @param modifiedMillis last modification, milliseconds since the epoch
 */
public record FileStamp(long size, long modifiedMillis) {
}
