package io.github.contentlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contentlint.api.Finding;
import io.github.contentlint.api.RuleContext;
import io.github.contentlint.post.Post;
import io.github.contentlint.rules.truncation.NoTruncatedEndingRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the rules know of Hugo section pages, page bundles and drafts without being told. */
class SectionsBundlesAndDraftsTest {

    private final FrontMatterRule frontMatter = new FrontMatterRule();
    private final RuleContext strict = RuleTesting.context("front-matter",
            Map.of("required", List.of("title", "date", "excerpt")));

    private List<String> messages(Post post) {
        return RuleTesting.run(frontMatter, strict, post).stream().map(Finding::message).toList();
    }

    @Test
    void aSectionPageNeedsNoTitleOrDateButTheOtherRequiredKeys() {
        Post section = RuleTesting.post("content/posts/_index.md", "+++\nsort_by = \"date\"\n+++\n\nAll posts\n");
        assertThat(messages(section)).containsExactly(
                "required key \"excerpt\" is missing: add a line excerpt: … to the front matter");
        Post onlyTitle = RuleTesting.post("content/_index.md", "---\ntitle: Home\nexcerpt: The garden blog.\n---\n");
        assertThat(messages(onlyTitle)).isEmpty();
        Post page = RuleTesting.post("content/posts/index-of-tools.md", "---\nexcerpt: Tools.\n---\n");
        assertThat(messages(page)).hasSize(2);
    }

    @Test
    void aBundleIsDatedByItsFolderNameAsHugoReadsIt() {
        Post dated = RuleTesting.post("content/posts/2024-04-02-beans/index.md",
                "---\ntitle: Beans\nexcerpt: Beans along the fence.\n---\nText.\n");
        assertThat(messages(dated)).isEmpty();
        Post undated = RuleTesting.post("content/posts/beans/index.md",
                "---\ntitle: Beans\nexcerpt: Beans along the fence.\n---\nText.\n");
        assertThat(messages(undated)).containsExactly(
                "required key \"date\" is missing: add a line date: … to the front matter");
    }

    @Test
    void aDraftMayStopMidSentenceButNotBeCutInside() {
        NoTruncatedEndingRule rule = new NoTruncatedEndingRule();
        RuleContext context = RuleTesting.context(rule.id(), Map.of());
        String body = "\nThe plum has grown taller than the shed roof, and most of its fruit is out of reach.\n\n"
                + "Plums are pruned in summer, so that silver leaf has less chance to get into the cuts.\n\n"
                + "I will take out one of the three leaders first, the one that leans over the path.\n\n"
                + "After that I will shorten the other two by a third, just above an outward bud and\n";
        Post published = RuleTesting.post("content/posts/plum.md", "---\ntitle: Plum\n---\n" + body);
        assertThat(RuleTesting.run(rule, context, published)).hasSize(1);
        Post draft = RuleTesting.post("content/posts/plum.md", "---\ntitle: Plum\ndraft: true\n---\n" + body);
        assertThat(RuleTesting.run(rule, context, draft)).isEmpty();
        Post inDrafts = RuleTesting.post("_drafts/plum.md", "---\ntitle: Plum\n---\n" + body);
        assertThat(RuleTesting.run(rule, context, inDrafts)).isEmpty();
        Post cutInside = RuleTesting.post("_drafts/plum.md", "---\ntitle: Plum\n---\n" + body.replace(
                "so that silver leaf has less chance to get into the cuts.", "so that silver leaf has less chance to")
                .replace("\n\nI will", "\n\n---END---\n\nI will"));
        assertThat(RuleTesting.run(rule, context, cutInside)).extracting(Finding::ruleId)
                .containsExactly("no-truncated-ending");
    }
}
