import groovy.json.JsonSlurper
import io.github.contentlint.testing.Schemas

def file = new File(basedir, 'target/contentlint/contentlint.json')
assert file.exists()
// a real validator against the schema the plugin ships
def errors = Schemas.errors(Schemas.CONTENTLINT_REPORT, file.toPath())
assert errors.isEmpty() : errors.join('\n')
def report = new JsonSlurper().parse(file, 'UTF-8')
assert report.format == 'contentlint-report' && report.formatVersion == 1
assert report.locale == 'en'
assert report.summary.postsChecked == 3
assert report.summary.errors == 2 && report.summary.warnings == 0 && report.summary.infos == 1
assert report.summary.rules.collect { it.rule } == ['front-matter', 'unused-suppression']
assert report.baseline == null
assert report.files.collect { "${it.path}=${it.findings}" } == [
    '_posts/2025-07-01-matcha.md=1', '_posts/2025-07-02-release.md=2', '_posts/2025-07-03-clean.md=0']
assert report.findings.collect { "${it.path}:${it.line}:${it.column}-${it.endLine}:${it.endColumn} ${it.severity} [${it.rule}] ${it.message}" } == [
    '_posts/2025-07-01-matcha.md:3:1-3:13 error [front-matter] date "先週の土曜日" is not a date: write it as 2025-11-21 or 2025-11-21 20:36:29 +0000',
    '_posts/2025-07-02-release.md:3:1-3:32 error [front-matter] key "title" appears again (first on line 2): keep one of the two',
    '_posts/2025-07-02-release.md:8:1-8:52 info [unused-suppression] <!-- contentlint-disable-next-line front-matter --> suppresses no finding of front-matter here: remove front-matter from the comment, or the whole comment',
]
assert report.findings.every { it.fingerprint ==~ /[0-9a-f]{32}/ && it.fix == null }
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Report: ' + file.path)
return true
