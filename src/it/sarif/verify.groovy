import groovy.json.JsonSlurper
import io.github.contentlint.testing.Schemas

def file = new File(basedir, 'target/contentlint/contentlint.sarif')
assert file.exists()
// a real validator against the official OASIS SARIF 2.1.0 schema, as a registry package ships it
def errors = Schemas.errors(Schemas.SARIF, file.toPath())
assert errors.isEmpty() : errors.join('\n')
def sarif = new JsonSlurper().parse(file, 'UTF-8')
assert sarif.'$schema' == 'https://json.schemastore.org/sarif-2.1.0.json'
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.columnKind == 'unicodeCodePoints'
assert run.originalUriBaseIds.SRCROOT.uri == basedir.toPath().toUri().toString()
def rule = run.tool.driver.rules.find { it.id == 'front-matter' }
assert rule.shortDescription.text && rule.fullDescription.text && rule.help.text
assert rule.defaultConfiguration.level == 'error'
assert run.results.size() == 1
def result = run.results[0]
assert result.ruleId == 'front-matter'
assert run.tool.driver.rules[result.ruleIndex].id == 'front-matter'
assert result.level == 'error'
assert result.message.text == 'date "来週の火曜日" is not a date: write it as 2025-11-21 or 2025-11-21 20:36:29 +0000'
def location = result.locations[0].physicalLocation
// relative to the repository root (where .git is), not to the POM's folder
assert location.artifactLocation.uri == 'blog/_posts/2025-04-01-bad-date.md'
assert location.artifactLocation.uriBaseId == 'SRCROOT'
assert location.region.startLine == 3 && location.region.startColumn == 1
assert location.region.endLine == 3 && location.region.endColumn == 13
assert result.partialFingerprints.'contentlintFinding/v1' ==~ /[0-9a-f]{32}/
// the console still shows paths relative to the base directory
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('[ERROR] _posts/2025-04-01-bad-date.md')  // console format is off in this IT
return true
