def log = new File(basedir, 'build.log').getText('UTF-8')
// Default settings: src/content/**/*.mdx is read. The imports, the JSX tags (one written twice),
// the {expressions} and the multi-line <Chart> are not prose: no repeat, no cut, and the stated
// one minute matches the prose alone. The Markdown inside <Note> is prose. The one real defect,
// the last paragraph cut off, is reported at its line and column.
def expected = [
    '[ERROR] src/content/blog/rain-in-may.mdx:33:124: error [no-truncated-ending] the post ends mid-sentence: its last paragraph stops on the word "the" ("…drips from the"): finish the sentence or delete the fragment',
]
def findings = log.readLines().findAll { it ==~ /^\[(ERROR|WARNING|INFO)\] src\/content\/.*/ }
assert findings == expected : "findings were:\n" + findings.join('\n')
assert log.contains('Checked 1 post in ')
assert log.contains('BUILD FAILURE')
return true
