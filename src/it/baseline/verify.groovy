import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def baselineFile = new File(basedir, 'blog/.contentlint-baseline.json')
assert baselineFile.exists() : 'contentlint:baseline writes the baseline into the base directory'
def baseline = new JsonSlurper().parse(baselineFile, 'UTF-8')
assert baseline.contentlintBaseline == 1
assert baseline.findings.size() == 50
assert baseline.findings.values().collectMany { it.values().collectMany { it.values() } }.sum() == 50
assert !new File(basedir, 'target/.contentlint-baseline.json').exists()
assert log.contains('Wrote 50 findings of 50 posts to .contentlint-baseline.json: check now reports only findings that are not in it')

// the four invocations share build.log, in order
def runs = log.split(/(?m)^\[INFO\] BUILD (SUCCESS|FAILURE)\s*$/)
assert runs.size() >= 4 : "expected four builds in build.log, found ${runs.size()}"
def (written, passing, failing, stale) = runs[0..3]

assert passing.contains('Checked 50 posts in ')
assert passing.contains(': no findings')
assert passing.contains('Baseline .contentlint-baseline.json: 50 accepted findings not reported')
assert !passing.contains('[ERROR] _posts/')

def findings = failing.readLines().findAll { it.startsWith('[ERROR] _posts/') }
assert findings == ['[ERROR] _posts/2025-06-01-new-post.md:3:1: error [front-matter] date "来週のどこか" is not a date: write it as 2025-11-21 or 2025-11-21 20:36:29 +0000'] : findings.join('\n')
assert failing.contains('Checked 51 posts in ')
assert failing.contains('Baseline ../blog/.contentlint-baseline.json: 50 accepted findings not reported')
assert log.contains('contentlint found 1 finding at or above error (0 allowed): see the findings above')

assert stale.contains('Checked 50 posts in ')
assert stale.contains('Baseline ../blog/.contentlint-baseline.json: 49 accepted findings not reported')
assert stale.contains('1 entry of the baseline matches no finding any more (fixed): run mvn contentlint:baseline to drop it')
assert stale =~ /\[INFO\]   _posts\/2024-01-08-old-07\.md \[front-matter\] [0-9a-f]{32}/
assert !stale.contains('[ERROR] _posts/')
return true
