package io.github.contentlint.engine;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import io.github.contentlint.api.Finding;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code fix} run: checks the posts like {@code check}, then applies the fixes the findings
 * carry, file by file. Only the fixed bytes change: the rest of the file (encoding, byte order
 * mark, line endings, quoting, comments, key order) is copied as it was.
 *
 * <p>A file is written only if its bytes are still those that were checked (otherwise it is
 * skipped with a message), through a temporary file in the same folder, flushed to disk, given
 * the original's POSIX permissions and moved over the original atomically: a crash leaves the old
 * file or the new one, never half of one. A dry run makes a unified diff per file and writes
 * nothing.
 */
public final class FixEngine {

    private static final int DIFF_CONTEXT = 3;

    private final LintSettings settings;
    private final RuleSet rules;
    private final FileSource files;

    public FixEngine(LintSettings settings, RuleSet rules, FileSource files) {
        this.settings = settings;
        this.rules = rules;
        this.files = files;
    }

    public FixEngine(LintSettings settings, RuleSet rules) {
        this(settings, rules, FileSource.FILE_SYSTEM);
    }

    /** Checks, then fixes (or, when {@code dryRun}, diffs) every file with fixes. */
    public FixResult run(boolean dryRun) throws IOException {
        Linter linter = new Linter(settings, rules, files);
        return run(linter.discover(), List.of(), dryRun);
    }

    /**
     * Checks {@code paths}, then fixes (or, when {@code dryRun}, diffs) those with fixes; the
     * {@code others} only lend what cross-post rules compare and are never written.
     */
    public FixResult run(List<String> paths, List<String> others, boolean dryRun) throws IOException {
        DigestingSource digesting = new DigestingSource(files);
        LintResult lint = new Linter(settings, rules, digesting).run(paths, others, Progress.NONE);
        Map<String, List<Finding>> fixable = new LinkedHashMap<>();
        for (Finding finding : lint.findings()) {
            if (finding.fix() != null) {
                fixable.computeIfAbsent(finding.path(), path -> new ArrayList<>()).add(finding);
            }
        }
        List<FixResult.FileResult> results = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> entry : fixable.entrySet()) {
            Path file = settings.baseDirectory().resolve(entry.getKey());
            results.add(fixOne(entry.getKey(), file, entry.getValue(), digesting.digestOf(file), dryRun));
        }
        return new FixResult(lint, results, dryRun);
    }

    private FixResult.FileResult fixOne(String path, Path file, List<Finding> findings, byte[] checkedDigest,
            boolean dryRun) {
        byte[] original;
        try {
            original = files.read(file);
        } catch (NoSuchFileException e) {
            return skipped(path, findings, "it no longer exists");
        } catch (IOException e) {
            return skipped(path, findings, "it cannot be read again: " + e.getMessage());
        }
        if (checkedDigest == null || !Arrays.equals(checkedDigest, Sha256.of(original))) {
            return skipped(path, findings, "it changed after it was checked: run fix again");
        }
        DecodedFile decoded = DecodedFile.decode(original, settings.encoding());
        if (!decoded.isText()) {
            return skipped(path, findings, "it no longer reads as " + decoded.charset().name());
        }
        FixApplier.Applied applied = FixApplier.apply(original, decoded.charset(), findings);
        if (applied.applied().isEmpty()) {
            return new FixResult.FileResult(path, FixResult.Status.SKIPPED, List.of(), applied.skipped(),
                    "no fix could be applied", List.of());
        }
        DecodedFile fixed = DecodedFile.decode(applied.bytes(), settings.encoding());
        if (!fixed.isText() || !fixed.charset().equals(decoded.charset())) {
            // a rule's fix split a character or broke the encoding: never write that
            return skipped(path, findings, "its fixes would not leave valid " + decoded.charset().name());
        }
        if (dryRun) {
            return new FixResult.FileResult(path, FixResult.Status.CHANGED, applied.applied(), applied.skipped(), null,
                    diff(path, decoded.text(), fixed.text()));
        }
        try {
            writeAtomically(file, applied.bytes(), checkedDigest);
        } catch (ChangedMeanwhileException e) {
            return skipped(path, findings, "it changed after it was checked: run fix again");
        } catch (ReadOnlyException e) {
            return skipped(path, findings, "it is read-only");
        } catch (AtomicMoveNotSupportedException e) {
            return skipped(path, findings, "its file system cannot replace it atomically");
        } catch (IOException e) {
            return skipped(path, findings, "it cannot be written: " + e.getMessage());
        }
        return new FixResult.FileResult(path, FixResult.Status.CHANGED, applied.applied(), applied.skipped(), null,
                List.of());
    }

    private static FixResult.FileResult skipped(String path, List<Finding> findings, String why) {
        return new FixResult.FileResult(path, FixResult.Status.SKIPPED, List.of(), findings, why, List.of());
    }

    /**
     * Writes {@code bytes} to a temporary file beside {@code file}, then moves it over the
     * original in one step, if the original still holds the bytes that were checked.
     */
    private void writeAtomically(Path file, byte[] bytes, byte[] checkedDigest) throws IOException {
        // Replace what a link points to, not the link itself.
        Path target = file.toRealPath();
        if (isReadOnly(target)) {
            throw new ReadOnlyException();
        }
        Path folder = target.getParent();
        removeStaleTemporaries(folder, target.getFileName().toString());
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", TEMPORARY_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            copyPermissions(target, temp);
            // The last look before the move: a writer that saved meanwhile keeps its bytes.
            if (!Arrays.equals(checkedDigest, Sha256.of(files.read(target)))) {
                throw new ChangedMeanwhileException();
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncFolder(folder);
    }

    private static final String TEMPORARY_SUFFIX = ".contentlint-tmp";

    /**
     * A fix killed between writing its temporary file and the rename leaves the temporary file
     * behind (no code runs on SIGKILL). It is never read as a post ({@code .md} is not its
     * ending); the next fix of the same post removes it.
     */
    private static void removeStaleTemporaries(Path folder, String fileName) throws IOException {
        String prefix = "." + fileName + ".";
        try (var stale = Files.newDirectoryStream(folder, entry -> {
            String name = entry.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(TEMPORARY_SUFFIX);
        })) {
            for (Path temporary : stale) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Whether the owner may not write the file: a wish to keep it as it is, even for root. */
    private static boolean isReadOnly(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null) {
            return !view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        }
        return !Files.isWritable(file);
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            Files.setPosixFilePermissions(to, permissions);
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder this way; the move itself is still atomic there.
        }
    }

    /** A unified diff with {@value #DIFF_CONTEXT} lines of context, paths as {@code a/…} and {@code b/…}. */
    static List<String> diff(String path, String before, String after) {
        List<String> oldLines = lines(before);
        List<String> newLines = lines(after);
        Patch<String> patch = DiffUtils.diff(oldLines, newLines);
        return UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, oldLines, patch, DIFF_CONTEXT);
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n|\r|\n", -1)));
        if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1); // the final terminator opens no line of its own
        }
        return lines;
    }

    /** Remembers a digest of every file the check read, so that fix can tell whether it changed since. */
    private static final class DigestingSource implements FileSource {

        private final FileSource delegate;
        private final Map<Path, byte[]> digests = new ConcurrentHashMap<>();

        DigestingSource(FileSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public byte[] read(Path file) throws IOException {
            byte[] bytes = delegate.read(file);
            digests.put(file, Sha256.of(bytes));
            return bytes;
        }

        @Override
        public FileStamp stamp(Path file) throws IOException {
            return delegate.stamp(file);
        }

        @Override
        public boolean isOutside(Path file, Path baseDirectory) throws IOException {
            return delegate.isOutside(file, baseDirectory);
        }

        byte[] digestOf(Path file) {
            return digests.get(file);
        }
    }

    private static final class ReadOnlyException extends IOException {

        private static final long serialVersionUID = 1L;

        ReadOnlyException() {
            super("read-only");
        }
    }

    private static final class ChangedMeanwhileException extends IOException {

        private static final long serialVersionUID = 1L;

        ChangedMeanwhileException() {
            super("changed meanwhile");
        }
    }
}
