import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Checked 3 posts in ')
assert log.contains(': no findings')
assert !log.contains('[front-matter]')
assert log.contains('BUILD SUCCESS')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/contentlint/contentlint.sarif'), 'UTF-8')
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.isEmpty()
assert sarif.runs[0].tool.driver.name == 'contentlint'
assert sarif.runs[0].tool.driver.rules*.id.contains('front-matter')
return true
