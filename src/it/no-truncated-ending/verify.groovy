def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    '[ERROR] _posts/2025-05-02-night-train.md:11:38: error [no-truncated-ending] the post ends mid-sentence: its last paragraph stops on the particle 「のを」 ("…、車内で過ごす時間そのものを"): finish the sentence or delete the fragment',
    '[ERROR] _posts/2025-05-03-pottery.md:9:44: error [no-truncated-ending] this paragraph stops mid-sentence on a dangling "、" ("…るまで一か月ほどかかるので、"), right before the generation marker on line 11: finish the sentence or delete the fragment',
    '[ERROR] _posts/2025-05-05-bike-commute.md:11:93: error [no-truncated-ending] the post ends mid-sentence: its last paragraph stops on the word "the" ("… starts in the"): finish the sentence or delete the fragment',
]
def findings = log.readLines().findAll { it.contains('[no-truncated-ending]') && it.startsWith('[') && !it.contains('Failed to execute') }
assert findings == expected : "findings were:\n" + findings.join('\n')
assert log.contains('Checked 5 posts in ')
// the marker line itself is no-generation-artifacts' finding: one more error in the pottery post
assert log.contains('[ERROR] _posts/2025-05-03-pottery.md:11:1: error [no-generation-artifacts] generation marker "---END---" left in the text: delete it')
// and the text restarted after the marker is no-repeated-paragraphs': each defect has one owner
assert log.contains('[ERROR] _posts/2025-05-03-pottery.md:13:1: error [no-repeated-paragraphs] this paragraph repeats all of line 9 and adds to it: keep one version')
assert !log.contains('2025-05-01-tea-tasting.md') : 'the complete post signed 敬具 must have no finding'
assert !log.contains('2025-05-04-garden-diary.md') : 'the casual diary without 。 must have no finding'
assert log.contains(': 5 errors in 3 files')
assert log.contains('contentlint found 5 findings at or above error (0 allowed)')
assert log.contains('BUILD FAILURE')
return true
