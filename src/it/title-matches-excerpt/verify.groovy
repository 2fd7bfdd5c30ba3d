def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    '[WARNING] _posts/2025-08-02-template.md:4:10: warning [title-matches-excerpt] excerpt is boilerplate ("…について詳細に分析します。") that says nothing about this post beyond its title: write one or two sentences on what the post tells the reader',
    '[WARNING] _posts/2025-08-03-other-post.md:4:10: warning [title-matches-excerpt] excerpt shares almost nothing with the title (similarity 0.00, threshold 0.08) or with the post\'s opening (0.00): write an excerpt that says what this post is about',
    '[WARNING] _posts/2025-08-10-ebike.md:4:10: warning [title-matches-excerpt] 3 posts share this excerpt\'s wording once their titles\' words are taken out ("〇について、今知っておくべきことを編集部がやさしくまとめました。"): write an excerpt that says what this post tells the reader',
    '[WARNING] _posts/2025-08-11-garden.md:4:10: warning [title-matches-excerpt] 3 posts share this excerpt\'s wording once their titles\' words are taken out ("〇について、今知っておくべきことを編集部がやさしくまとめました。"): write an excerpt that says what this post tells the reader',
    '[WARNING] _posts/2025-08-12-router.md:4:10: warning [title-matches-excerpt] 3 posts share this excerpt\'s wording once their titles\' words are taken out ("〇について、今知っておくべきことを編集部がやさしくまとめました。"): write an excerpt that says what this post tells the reader',
]
def findings = log.readLines().findAll { it.contains('[title-matches-excerpt]') && it.startsWith('[') }
assert findings == expected : "findings were:\n" + findings.join('\n')
assert log.contains('Checked 6 posts in ')
assert log.contains(': 5 warnings in 5 files')
assert log.contains('BUILD SUCCESS')
return true
