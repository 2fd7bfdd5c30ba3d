def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    '[ERROR] _posts/2025-07-02-bold.md:2:9: error [title-format] title contains the Markdown bold marker "**", which search results and link previews show as typed: remove it',
    '[ERROR] _posts/2025-07-03-cut.md:2:23: error [title-format] title stops inside a word: it ends in "目" where the first line writes "目安": write the whole word or end the title at a word boundary',
    '[ERROR] _posts/2025-07-04-label.md:2:9: error [title-format] title starts with the label "Title:" that a generator left in: remove the label',
    '[ERROR] _posts/2025-07-05-weekly.md:2:8: error [title-format] title "Weekly notes" is also the title of _posts/2025-07-12-weekly.md: give each post its own title',
    '[ERROR] _posts/2025-07-12-weekly.md:2:8: error [title-format] title "Weekly notes" is also the title of _posts/2025-07-05-weekly.md: give each post its own title',
]
def findings = log.readLines().findAll { it.contains('[title-format]') && it.startsWith('[') && !it.contains('Failed to execute') }
assert findings == expected : "findings were:\n" + findings.join('\n')
assert log.contains('Checked 6 posts in ')
assert log.contains(': 5 errors in 5 files')
assert log.contains('BUILD FAILURE')
return true
