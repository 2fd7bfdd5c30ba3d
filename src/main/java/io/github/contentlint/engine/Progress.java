package io.github.contentlint.engine;

/**
 * Told how far a run is, after each post, on the thread that collects the results; counts only
 * grow. The engine does not print: the caller decides when a line is worth showing.
 */
@FunctionalInterface
public interface Progress {

    /** Shows nothing. */
    Progress NONE = (done, total) -> {
    };

    void update(int done, int total);
}
