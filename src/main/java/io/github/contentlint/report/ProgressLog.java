package io.github.contentlint.report;

import io.github.contentlint.api.MessageSource;
import io.github.contentlint.engine.Progress;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress for a log, not a terminal: nothing during the first seconds (most runs end by then),
 * then a whole line every few seconds ({@code contentlint: 1,000 of 2,000 posts}), never a
 * carriage return or another control character, so that a CI log and Maven's {@code [INFO]}
 * prefix stay readable.
 */
public final class ProgressLog implements Progress {

    static final long FIRST_AFTER_NANOS = 3_000_000_000L;
    static final long EVERY_NANOS = 5_000_000_000L;

    private final MessageSource messages;
    private final Consumer<String> log;
    private final LongSupplier clock;
    private final long started;
    private long next;

    public ProgressLog(MessageSource messages, Consumer<String> log) {
        this(messages, log, System::nanoTime);
    }

    ProgressLog(MessageSource messages, Consumer<String> log, LongSupplier clock) {
        this.messages = messages;
        this.log = log;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.next = started + FIRST_AFTER_NANOS;
    }

    @Override
    public synchronized void update(int done, int total) {
        if (done >= total) {
            return; // the summary follows at once
        }
        long now = clock.getAsLong();
        if (now - next >= 0) {
            log.accept(messages.format("progress", done, total));
            next = now + EVERY_NANOS;
        }
    }
}
