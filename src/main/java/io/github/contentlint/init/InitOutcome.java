package io.github.contentlint.init;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code init} did.
 *
 * @param inference what it learnt from the posts
 * @param written the configuration file it wrote
 * @param backup the copy of the file it replaced, or null when there was none
 * @param lines what it inferred and why, to print
 */
public record InitOutcome(Inference inference, Path written, Path backup, List<String> lines) {

    public InitOutcome {
        lines = List.copyOf(lines);
    }
}
