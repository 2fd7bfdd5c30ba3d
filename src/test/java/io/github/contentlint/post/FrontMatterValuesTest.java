package io.github.contentlint.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontMatterValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-11-21", "2025-11-21 20:36:29 +0000", "2025-11-21T20:36:29Z", "2025-11-21T20:36:29+09:00",
        "2025-11-21 20:36", "2025-11-21T20:36:29.123Z", "2025/11/21", "November 21, 2025", "Nov 21, 2025",
        "21 November 2025", "Fri, 21 Nov 2025 20:36:29 GMT"})
    void readsDatesAsSitesAndPeopleWriteThem(String text) {
        assertThat(FrontMatterValues.date(text)).contains(LocalDate.of(2025, 11, 21));
    }

    @Test
    void readsPelicansDatesAndDraftStatus() {
        PostParser parser = new PostParser();
        Post post = parser.parse("content/tea.md", "Title: Tea\nDate: 2010-12-03 10:20\nStatus: Draft\n\nBody.\n",
                java.nio.charset.StandardCharsets.UTF_8, 0);
        assertThat(FrontMatterValues.date(post.value("date"))).contains(LocalDate.of(2010, 12, 3));
        assertThat(FrontMatterValues.isDraft(post)).isTrue();
        Post published = parser.parse("content/tea.md", "Title: Tea\nStatus: published\n\nBody.\n",
                java.nio.charset.StandardCharsets.UTF_8, 0);
        assertThat(FrontMatterValues.isDraft(published)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"next Tuesday", "2025-13-01", "2025-02-30", "21.11.2025x", "", "2025-11-21 25:00"})
    void refusesWhatIsNoDate(String text) {
        assertThat(FrontMatterValues.date(text)).isEmpty();
    }

    @Test
    void readsEveryReadingTimeForm() {
        for (Object value : new Object[] {8L, 8.0, "8", "8 min", "8 mins", "8 minutes", "8分", " 8 MIN "}) {
            assertThat(FrontMatterValues.readingTimeMinutes(value)).as("%s", value).hasValue(8.0);
        }
        for (Object value : new Object[] {0L, -3L, "soon", "8 hours", true, null, java.util.List.of(8L)}) {
            assertThat(FrontMatterValues.readingTimeMinutes(value)).as("%s", value).isEmpty();
        }
    }

    @Test
    void readsJekyllFileNameDates() {
        assertThat(FrontMatterValues.fileNameDate("2025-11-21-slug.md")).contains(LocalDate.of(2025, 11, 21));
        assertThat(FrontMatterValues.fileNameDate("2025-13-21-slug.md")).isEmpty();
        assertThat(FrontMatterValues.fileNameDate("notes.md")).isEmpty();
    }

    @Test
    void aPathDatesAPostByItsFileNameOrItsBundleFolder() {
        assertThat(FrontMatterValues.pathDate("_posts/2025-11-21-slug.md")).contains(LocalDate.of(2025, 11, 21));
        assertThat(FrontMatterValues.pathDate("content/posts/2025-11-21-slug/index.md"))
                .contains(LocalDate.of(2025, 11, 21));
        assertThat(FrontMatterValues.pathDate("content/posts/2025-11-21-slug/index.mdx"))
                .contains(LocalDate.of(2025, 11, 21));
        assertThat(FrontMatterValues.pathDate("content/posts/slug/index.md")).isEmpty();
        assertThat(FrontMatterValues.pathDate("content/2025-11-21-section/_index.md")).isEmpty();
        assertThat(FrontMatterValues.pathDate("index.md")).isEmpty();
        assertThat(FrontMatterValues.pathDate("content/2025-02-30-bad/index.md")).isEmpty();
    }
}
