package io.github.contentlint.config;

/**
 * A configuration the run cannot start with: the message names the file, the line and what to
 * write instead. The mojos turn it into a {@code MojoExecutionException}.
 */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
