def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    '[ERROR] _posts/2025-05-02-section-copied.md:16:1: error [no-repeated-paragraphs] lines 16–20 repeat lines 8–12 (3 paragraphs): delete the repeated section',
    '[ERROR] _posts/2025-05-03-pasted-again.md:14:1: error [no-repeated-paragraphs] this paragraph repeats line 9 word for word: delete the copy',
    '[ERROR] _posts/2025-05-03-pasted-again.md:17:1: error [no-repeated-paragraphs] this paragraph is the start of line 6 again, cut short: delete it',
]
def findings = log.readLines().findAll { it.contains('[no-repeated-paragraphs]') && it.startsWith('[') && !it.contains('Failed to execute') }
assert findings == expected : "findings were:\n" + findings.join('\n')
assert !log.contains('2025-05-01-clean.md:') : 'the refrain in the clean post must not be reported'
assert log.contains('Checked 3 posts in ')
// the marker is no-generation-artifacts', the cut copy at the end is also no-truncated-ending's
assert log.contains(': 5 errors in 2 files')
assert log.contains('contentlint found 5 findings at or above error (0 allowed)')
assert log.contains('BUILD FAILURE')
return true
