def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    '[ERROR] _posts/2025-06-02-marker.md:7:1: error [no-generation-artifacts] generation marker "---END---" left in the text: delete it',
    '[ERROR] _posts/2025-06-02-marker.md:9:1: error [no-generation-artifacts] the generator\'s reply to its operator is in the post ("はい、承知いたしました。"): delete it',
    '[ERROR] _posts/2025-06-03-conflict.md:7:1: error [no-generation-artifacts] merge-conflict marker "<<<<<<< Updated upstream": resolve the conflict, keep the right text and delete the marker lines',
    '[ERROR] _posts/2025-06-03-conflict.md:9:1: error [no-generation-artifacts] merge-conflict separator "=======": resolve the conflict, keep the right text and delete the marker lines',
    '[ERROR] _posts/2025-06-03-conflict.md:11:1: error [no-generation-artifacts] merge-conflict marker ">>>>>>> Stashed changes": resolve the conflict, keep the right text and delete the marker lines',
]
def findings = log.readLines().findAll { it.contains('[no-generation-artifacts]') && it.startsWith('[') && !it.contains('Failed to execute') }
assert findings == expected : "findings were:\n" + findings.join('\n')
assert !log.contains('2025-06-01-clean.md') : 'the clean post (setext heading, 続き in prose) must have no finding'
assert log.contains('Checked 3 posts in ')
assert log.contains(': 5 errors in 2 files')
assert log.contains('contentlint found 5 findings at or above error (0 allowed)')
assert log.contains('BUILD FAILURE')
return true
