def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    '[ERROR] _posts/2025-04-01-garden-diary.md:3:1: error [reading-time] reading_time is 2, but the body (5,275 characters and 10 words) reads in about 11 min at 500 characters/min and 238 words/min: set reading_time: 11',
    '[ERROR] _posts/2025-04-02-release-notes.md:3:1: error [reading-time] reading_time is 15 min, but the body (469 words) reads in about 2 min at 238 words/min: set reading_time: "2 min"',
]
def findings = log.readLines().findAll { it.contains('[reading-time]') && it.startsWith('[') && !it.contains('Failed to execute') }
assert findings == expected : "findings were:\n" + findings.join('\n')
assert log.contains('Checked 4 posts in ')
assert log.contains(': 2 errors in 2 files')
assert log.contains('contentlint found 2 findings at or above error (0 allowed)')
assert log.contains('BUILD FAILURE')
// check never writes to a post
assert new File(basedir, '_posts/2025-04-01-garden-diary.md').getText('UTF-8').contains('\nreading_time: 2\n')
return true
