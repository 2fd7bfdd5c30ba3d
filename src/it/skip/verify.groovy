def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('contentlint is skipped.')
assert !log.contains('[front-matter]')
assert !new File(basedir, 'target/contentlint').exists()
assert log.contains('BUILD SUCCESS')
return true
