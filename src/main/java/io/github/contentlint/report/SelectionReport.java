package io.github.contentlint.report;

import io.github.contentlint.api.MessageSource;
import io.github.contentlint.engine.PostSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines that say which posts a run checks when not all ({@code files}, {@code changedSince}):
 * which named file was skipped and why, and how many posts are checked. A file git reports changed
 * that is no post (a POM, an image) is only counted: a commit touches many such files.
 */
public final class SelectionReport {

    private SelectionReport() {
    }

    /** Nothing for a run over every post. */
    public static List<String> lines(PostSelection selection, String baseDirectory, MessageSource messages) {
        List<String> lines = new ArrayList<>();
        if (selection.isAll()) {
            return lines;
        }
        boolean named = selection.kind() == PostSelection.Kind.FILES;
        int others = 0;
        for (PostSelection.Skipped skipped : selection.skipped()) {
            boolean notAPost = skipped.reason() == PostSelection.Reason.NOT_SELECTED
                    || skipped.reason() == PostSelection.Reason.OUTSIDE;
            if (!named && notAPost) {
                others++;
            } else {
                lines.add(messages.format("selection." + skipped.reason().name().toLowerCase(Locale.ROOT)
                        .replace('_', '-'), skipped.path(), baseDirectory));
            }
        }
        if (others > 0) {
            lines.add(messages.format("selection.changed-others", others));
        }
        lines.add(named
                ? messages.format("selection.files", selection.selected().size(), selection.discovered().size())
                : messages.format("selection.changed", selection.source(), selection.selected().size(),
                        selection.discovered().size()));
        return lines;
    }
}
