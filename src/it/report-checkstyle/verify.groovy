def file = new File(basedir, 'target/contentlint/contentlint-checkstyle.xml')
assert file.exists()
def xml = new groovy.xml.XmlSlurper().parse(file)
assert xml.name() == 'checkstyle'
assert xml.@version == '4.3'
def posts = new File(basedir, '_posts').canonicalFile
assert xml.file.collect { it.@name.text() } == [
    new File(posts, '2025-07-01-matcha.md').path,
    new File(posts, '2025-07-02-release.md').path,
    new File(posts, '2025-07-03-clean.md').path]
def errors = xml.file.error.collect { "${it.parent().@name.text().substring(posts.path.length() + 1)}:${it.@line}:${it.@column} ${it.@severity} ${it.@source} ${it.@message}" }
assert errors == [
    '2025-07-01-matcha.md:3:1 error contentlint.front-matter date "先週の土曜日" is not a date: write it as 2025-11-21 or 2025-11-21 20:36:29 +0000',
    '2025-07-02-release.md:3:1 error contentlint.front-matter key "title" appears again (first on line 2): keep one of the two',
    '2025-07-02-release.md:8:1 info contentlint.unused-suppression <!-- contentlint-disable-next-line front-matter --> suppresses no finding of front-matter here: remove front-matter from the comment, or the whole comment',
] : errors.join('\n')
assert xml.file[2].error.size() == 0
return true
