def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.readLines().any { it.startsWith("[WARNING] contentlint: the include pattern '_psts/**/*.md' selects no file under ") && it.endsWith(': check its spelling, or remove it') }
assert !log.contains("include pattern '_posts/**/*.md'")
assert log.contains('Checked 1 post in ')
assert log.contains('BUILD SUCCESS')
return true
