package io.github.contentlint.maven;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;

/**
 * The process's own standard output, for lines a CI runner must read at the start of a line
 * (GitHub workflow commands). Maven 4 replaces {@code System.out} while a mojo runs and logs what
 * it receives ({@code [INFO] [stdout] ::error …}), which the runner does not read as a command;
 * the file descriptor itself reaches the runner under Maven 3.9 and 4 alike.
 */
final class ProcessOutput {

    private ProcessOutput() {
    }

    /** Writes the lines in one write, so that no log line of another thread lands inside one. */
    static void println(List<String> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append(System.lineSeparator()));
        // the charset System.out is created with: sun.stdout.encoding on a console, else the default
        Charset charset = Charset.forName(System.getProperty("sun.stdout.encoding", Charset.defaultCharset().name()));
        System.out.flush();
        // not closed: that would close the process's standard output
        @SuppressWarnings("resource")
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        out.write(text.toString().getBytes(charset));
        out.flush();
    }
}
