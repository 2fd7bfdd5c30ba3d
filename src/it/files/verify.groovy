def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
def expected = [
    '[INFO] contentlint: skipped blog/_posts/2025-08-09-deleted.md: no such file (deleted or renamed?)',
    '[INFO] contentlint: skipped blog/README.md: the includes and excludes do not make it a post',
    '[INFO] contentlint: checking only the posts named in files: 2 of 4',
    '[ERROR] _posts/2025-08-02-garden.md:2:8: error [title-format] title "Notes from the garden" is also the title of _posts/2025-06-01-garden.md: give each post its own title',
    '[ERROR] _posts/2025-08-03-bold.md:2:9: error [title-format] title contains the Markdown bold marker "**", which search results and link previews show as typed: remove it',
]
def shown = lines.findAll { it.startsWith('[INFO] contentlint: skipped') || it.startsWith('[INFO] contentlint: checking')
        || (it.startsWith('[ERROR] _posts/') || it.startsWith('[WARNING] _posts/') || it.startsWith('[INFO] _posts/')) }
assert shown == expected : "lines were:\n" + shown.join('\n')
// the posts not named are not reported, whatever they hold (a marker line, a bold title)
assert !lines.any { it ==~ /^\[(ERROR|WARNING|INFO)\] _posts\/2025-0(6-01-garden|7-01-compost)\.md:.*/ }
assert log.contains('[INFO] Checked 2 posts in ')
assert log.contains(': 2 errors in 2 files')
assert log.contains('BUILD FAILURE')
return true
