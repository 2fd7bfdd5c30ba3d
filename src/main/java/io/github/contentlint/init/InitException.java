package io.github.contentlint.init;

import java.nio.file.Path;

/** Why {@code init} wrote nothing: the file is there already, or there are no posts to learn from. */
public final class InitException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What stopped it. */
    public enum Reason {
        /** The configuration file exists and {@code force} is off. */
        EXISTS,
        /** No Markdown file with front matter under the base directory. */
        NO_POSTS
    }

    private final Reason reason;
    private final transient Path path;

    public InitException(Reason reason, Path path, String message) {
        super(message);
        this.reason = reason;
        this.path = path;
    }

    public Reason reason() {
        return reason;
    }

    /** The configuration file (EXISTS) or the base directory (NO_POSTS). */
    public Path path() {
        return path;
    }
}
