def log = new File(basedir, 'build.log').getText('UTF-8')
def findings = log.readLines().findAll { it ==~ /^\[(ERROR|WARNING|INFO)\] _(posts|drafts)\/.*/ }
assert findings == [
    '[INFO] _posts/2025-09-02-fixed-since.md:5:1: info [unused-suppression] contentlint: disable: front-matter in the front matter suppresses no finding of this post: remove front-matter from the list',
    '[INFO] _posts/2025-09-02-fixed-since.md:8:1: info [unused-suppression] <!-- contentlint-disable-next-line front-matter --> suppresses no finding of front-matter here: remove front-matter from the comment, or the whole comment',
    '[INFO] _posts/2025-09-03-typo.md:7:1: info [unused-suppression] contentlint-disable names front-mater, which is not a rule id: did you mean front-matter?',
    '[ERROR] _posts/2025-09-04-no-excerpt.md:1:1: error [front-matter] required key "excerpt" is missing: add a line excerpt: … to the front matter',
] : findings.join('\n')
assert log.contains('Checked 5 posts in ')
assert log.contains('[INFO]   unused-suppression: 3 infos')
assert log.contains('[INFO]   front-matter      : 1 error')
assert log.contains('[INFO] 1 finding was suppressed by contentlint-disable comments or front matter')
assert log.contains('contentlint found 4 findings at or above info (0 allowed)')
return true
