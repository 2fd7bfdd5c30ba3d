def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains(".contentlint.yml:4: rule front-matter has no option 'requird' (did you mean 'required'?); its options: required, dateAliases, schema")
assert !log.contains('Checked ')
assert log.contains('BUILD FAILURE')
return true
