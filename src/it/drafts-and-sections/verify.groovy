def log = new File(basedir, 'build.log').getText('UTF-8')
// Default settings, no .contentlint.yml. Section pages (one with no title, one with only front
// matter, two with a one-line intro), a bundle with images and a shortcode, and a draft that
// stops mid-sentence all pass; the bundle whose title carries Markdown is still reported.
def expected = [
    '[ERROR] content/posts/compost/index.md:2:9: error [title-format] title contains the Markdown bold marker "**", which search results and link previews show as typed: remove it',
]
def findings = log.readLines().findAll { it ==~ /^\[(ERROR|WARNING|INFO)\] content\/.*/ }
assert findings == expected : "findings were:\n" + findings.join('\n')
assert log.contains('Checked 6 posts in ')
assert log.contains(': 1 error in 1 file')
assert log.contains('BUILD FAILURE')
return true
