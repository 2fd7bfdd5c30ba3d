package io.github.contentlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.Fix;
import io.github.contentlint.api.Severity;
import io.github.contentlint.post.Position;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixApplierTest {

    private static final byte[] TEXT = "0123456789".getBytes(StandardCharsets.US_ASCII);

    @Test
    void appliesFixesInAnyOrderAndTouchesNothingElse() {
        FixApplier.Applied applied = FixApplier.apply(TEXT, StandardCharsets.UTF_8,
                List.of(finding(7, 9, "xyz"), finding(1, 2, ""), finding(4, 4, "+")));
        assertThat(new String(applied.bytes(), StandardCharsets.US_ASCII)).isEqualTo("023+456xyz9");
        assertThat(applied.applied()).hasSize(3);
        assertThat(applied.skipped()).isEmpty();
    }

    @Test
    void theFirstOfTwoOverlappingFixesWinsAndTheOtherIsSkipped() {
        Finding first = finding(2, 5, "A");
        Finding overlapping = finding(4, 7, "B");
        Finding inside = finding(3, 3, "C");
        Finding adjacent = finding(5, 6, "D");
        FixApplier.Applied applied = FixApplier.apply(TEXT, StandardCharsets.UTF_8,
                List.of(first, overlapping, inside, adjacent));
        assertThat(new String(applied.bytes(), StandardCharsets.US_ASCII)).isEqualTo("01AD6789");
        assertThat(applied.applied()).containsExactly(first, adjacent);
        assertThat(applied.skipped()).containsExactly(overlapping, inside);
    }

    @Test
    void twoInsertionsAtOnePlaceConflictBecauseTheirOrderWouldBeAGuess() {
        FixApplier.Applied applied = FixApplier.apply(TEXT, StandardCharsets.UTF_8,
                List.of(finding(3, 3, "a"), finding(3, 3, "b")));
        assertThat(new String(applied.bytes(), StandardCharsets.US_ASCII)).isEqualTo("012a3456789");
        assertThat(applied.skipped()).hasSize(1);
    }

    @Test
    void aFixPastTheEndOrThatTheEncodingCannotHoldIsSkipped() {
        Charset shiftJis = Charset.forName("Shift_JIS");
        byte[] japanese = "読了時間: 8分\n".getBytes(shiftJis);
        int eight = "読了時間: ".getBytes(shiftJis).length;
        Finding emoji = finding(eight, eight + 1, "😀");
        Finding pastTheEnd = finding(japanese.length, japanese.length + 1, "x");
        Finding good = finding(eight, eight + 1, "41");
        FixApplier.Applied applied = FixApplier.apply(japanese, shiftJis, List.of(emoji, pastTheEnd, good));
        assertThat(new String(applied.bytes(), shiftJis)).isEqualTo("読了時間: 41分\n");
        assertThat(applied.skipped()).containsExactly(emoji, pastTheEnd);
    }

    @Test
    void nothingToApplyGivesTheSameBytes() {
        FixApplier.Applied applied = FixApplier.apply(TEXT, StandardCharsets.UTF_8,
                List.of(new Finding("r", Severity.ERROR, "a.md", Position.lineStart(1), Position.lineStart(1), "m")));
        assertThat(applied.bytes()).isSameAs(TEXT);
        assertThat(applied.applied()).isEmpty();
    }

    @Test
    void utf16ReplacementsCarryNoByteOrderMarkOfTheirOwn() {
        byte[] utf16 = "ab8".getBytes(StandardCharsets.UTF_16BE);
        FixApplier.Applied applied = FixApplier.apply(utf16, StandardCharsets.UTF_16, List.of(finding(4, 6, "41")));
        assertThat(applied.bytes()).isEqualTo("ab41".getBytes(StandardCharsets.UTF_16BE));
    }

    private static Finding finding(long start, long end, String replacement) {
        return new Finding("r", Severity.ERROR, "a.md", Position.lineStart(1), Position.lineStart(1),
                "at " + start, new Fix(start, end, replacement), null);
    }
}
