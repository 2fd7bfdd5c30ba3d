def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    '[ERROR] _posts/2025-03-02-missing-excerpt.md:1:1: error [front-matter] required key "excerpt" is missing: add a line excerpt: … to the front matter',
    '[ERROR] _posts/2025-03-03-duplicate.md:4:1: error [front-matter] key "title" appears again (first on line 2): keep one of the two',
    '[ERROR] _posts/notes-without-date.md:1:1: error [front-matter] required key "date" is missing: add a line date: … to the front matter',
]
def findings = log.readLines().findAll { it.contains('[front-matter]') && it.startsWith('[') && !it.contains('Failed to execute') }
assert findings == expected : "findings were:\n" + findings.join('\n')
assert log.contains('Checked 4 posts in ')
assert log.contains(': 3 errors in 3 files')
assert log.contains('contentlint found 3 findings at or above error (0 allowed)')
assert log.contains('BUILD FAILURE')
return true
