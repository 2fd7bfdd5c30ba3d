def log = new File(basedir, 'build.log').getText('UTF-8')
// Without the overrides, the section pages and the draft would miss keys, and the translation
// stated at 3 minutes would be read at 500 characters/min: each entry is proven by its silence.
def expected = [
    '[WARNING] content/notes/thermometer.md:1:1: warning [front-matter] required key "description" is missing: add a line description: … to the front matter',
    '[ERROR] content/translations/2025-05-04-natto.md:5:1: error [reading-time] reading_time is 1, but the body (408 characters) reads in about 3 min at 200 characters/min: set reading_time: 3',
]
def findings = log.readLines().findAll { it ==~ /^\[(ERROR|WARNING)\] content\/.*/ }
assert findings == expected : "findings were:\n" + findings.join('\n')
assert log.contains('Checked 7 posts in ')
assert log.contains(': 1 error, 1 warning in 2 files')
assert log.contains('BUILD FAILURE')
return true
