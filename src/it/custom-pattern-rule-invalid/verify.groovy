def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = '.contentlint/rules/no-filler.yml:7: patterns[0].regex does not compile: invalid named capture in `(?<=とても)重要`; write RE2 syntax (https://github.com/google/re2/wiki/Syntax): no lookaround, no backreferences'
assert log.readLines().any { it.startsWith('[ERROR] Failed to execute goal') && it.contains(expected) } : "no line with:\n" + expected
assert !log.contains('Checked ') : 'no post may be read with a broken rule file'
assert log.contains('BUILD FAILURE')
return true
