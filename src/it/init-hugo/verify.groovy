// init wrote exactly the expected configuration, said why, and check then found exactly the planted defects
def log = new File(basedir, 'build.log').getText('UTF-8')
def written = new File(basedir, '.contentlint.yml').getText('UTF-8')
assert written == new File(basedir, 'expected.contentlint.yml').getText('UTF-8')

assert log.contains('[INFO] Site: Hugo (hugo.toml; content/ (21 Markdown files))')
assert log.contains('[INFO]   summary: present in 19 of 20 posts')
assert log.contains('[INFO] Wrote .contentlint.yml')
assert log.contains('[INFO] Next: run mvn verify')
assert !log.contains('Jekyll would publish')
// the clean posts give nothing, each planted defect exactly its finding
def prefixes = [error: '[ERROR] ', warning: '[WARNING] ']
def expected = new File(basedir, 'expected-findings.txt').readLines('UTF-8').findAll { it }.collect { line ->
    prefixes[(line =~ /: (error|warning) \[/)[0][1]] + line
}
def findings = log.readLines().findAll { it ==~ /^\[(ERROR|WARNING)\] [^ ]+\.md:\d+:\d+: .*/ }
assert findings == expected : findings.join('\n')
assert log.contains('BUILD FAILURE')
return true
