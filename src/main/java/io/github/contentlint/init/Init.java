package io.github.contentlint.init;

import io.github.contentlint.config.ConfigException;
import io.github.contentlint.config.ConfigLoader;
import io.github.contentlint.rules.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The whole of {@code init}, for the mojo and for tests: survey the posts, render the
 * configuration, check that it loads, and write it (never over an existing file unless asked,
 * and then keeping a backup). Writes nothing but the configuration file and its backup: never
 * a post. Knows nothing of Maven.
 */
public final class Init {

    private Init() {
    }

    public static InitOutcome run(InitRequest request) throws IOException, InitException {
        Path target = request.target();
        if (Files.exists(target) && !request.force()) {
            throw new InitException(InitException.Reason.EXISTS, target, target.getFileName()
                    + " already exists: init never replaces it unless forced (the old file is then kept as a backup)");
        }
        Inference inference = new SiteSurvey().survey(request);
        if (inference.posts() == 0) {
            throw new InitException(InitException.Reason.NO_POSTS, request.baseDirectory(), "no post under "
                    + request.baseDirectory() + ": no Markdown file with front matter in _posts/, _drafts/, content/,"
                    + " src/content/ or any other folder; run init in the blog's folder");
        }
        String text = ConfigWriter.render(inference);
        try {
            new ConfigLoader(RuleCatalog.builtIn()).parse(text, target.getFileName().toString());
        } catch (ConfigException e) {
            // the writer and the loader disagree: a bug here, never the user's to fix
            throw new IllegalStateException("init rendered a configuration its own loader refuses: " + e.getMessage()
                    + "\n" + text, e);
        }
        Path backup = Files.exists(target) ? backup(target) : null;
        write(target, text);
        return new InitOutcome(inference, target, backup, InitReport.lines(inference));
    }

    /** Copies the existing file to the first free name of {@code .contentlint.yml.bak}, {@code .bak.1}, …. */
    private static Path backup(Path target) throws IOException {
        Path backup = target.resolveSibling(target.getFileName() + ".bak");
        for (int n = 1; Files.exists(backup); n++) {
            backup = target.resolveSibling(target.getFileName() + ".bak." + n);
        }
        Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
        return backup;
    }

    /** Through a temporary file and a rename, so that an interrupted run leaves the old file or the new one. */
    private static void write(Path target, String text) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".contentlint-init", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
