def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    '[ERROR] _posts/2025-07-01-release.md:5:3: error [no-hype-words] a heading that shouts ("It is here!"): drop the exclamation mark',
    '[ERROR] _posts/2025-07-01-release.md:7:6: error [no-hype-words] "game-changing" tells the reader nothing: say what changed and by how much',
]
def findings = log.readLines().findAll { it.contains('[no-hype-words]') && it.startsWith('[') && !it.contains('Failed to execute') }
assert findings == expected : "findings were:\n" + findings.join('\n')
assert log.contains('Checked 2 posts in ')
assert log.contains(': 2 errors in 1 file')
assert log.contains('BUILD FAILURE')
return true
