def log = new File(basedir, 'build.log').getText('UTF-8')
def findings = log.readLines().findAll { it.startsWith('[ERROR] _posts/') }
assert findings == ['[ERROR] _posts/2025-03-03-duplicate.md:4:1: error [front-matter] key "title" appears again (first on line 2): keep one of the two'] : findings.join('\n')
assert log.contains('Checked 2 posts in ')
// without a POM the reports go to target/contentlint under the current folder
assert log.contains('BUILD FAILURE')
return true
