package io.github.contentlint.report;

import io.github.contentlint.engine.LintResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Writes the file reports of a run into the output directory. */
public final class Reports {

    private Reports() {
    }

    /**
     * Writes every file format asked for (console output and GitHub annotations are the caller's).
     *
     * @return the files written
     */
    public static List<Path> write(RunReport run, ReportContext context, List<ReportFormat> formats,
            Path outputDirectory) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            if (format.fileName() == null) {
                continue;
            }
            Files.createDirectories(outputDirectory);
            Path target = outputDirectory.resolve(format.fileName());
            // not createTempFile: its owner-only permissions would keep a CI server's other users out
            Path temporary = Files.createFile(outputDirectory.resolve(format.fileName() + "." + UUID.randomUUID() + ".tmp"));
            try (OutputStream out = Files.newOutputStream(temporary)) {
                switch (format) {
                    case SARIF -> SarifReport.write(run.result(), context, out);
                    case CHECKSTYLE -> CheckstyleReport.write(run, context, out);
                    case JSON -> JsonReport.write(run, context, out);
                    case HTML -> HtmlReport.write(run, context, out);
                    default -> throw new IllegalStateException("no writer for " + format);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            // a reader (a CI upload step) never sees a half-written report
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.add(target);
        }
        return written;
    }

    /** Writes the reports of a run whose list of checked files is not known. */
    public static List<Path> write(LintResult result, ReportContext context, List<ReportFormat> formats,
            Path outputDirectory) throws IOException {
        return write(new RunReport(result, List.of(), null), context, formats, outputDirectory);
    }
}
