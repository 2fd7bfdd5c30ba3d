def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
def shown = lines.findAll { it.startsWith('[INFO] contentlint: ') || it ==~ /^\[(ERROR|WARNING|INFO)\] _posts\/.*/ }
assert shown.size() == 6 : "lines were:\n" + shown.join('\n')
assert shown[0] == '[INFO] contentlint: 1 other changed file is not a post here (includes, excludes, base directory)'
assert shown[1] ==~ /\[INFO\] contentlint: checking only the posts changed since published \([0-9a-f]{12}\) \(committed, staged, unstaged or untracked\): 4 of 6/
assert shown.subList(2, 6) == [
    '[ERROR] _posts/2025-09-02-modified.md:7:1: error [no-generation-artifacts] generation marker "---END---" left in the text: delete it',
    '[ERROR] _posts/2025-09-03-staged.md:2:9: error [title-format] title contains the Markdown bold marker "**", which search results and link previews show as typed: remove it',
    '[ERROR] _posts/2025-09-04-committed.md:7:1: error [no-generation-artifacts] generation marker "---END---" left in the text: delete it',
    '[ERROR] _posts/2025-09-05-新しい 記事.md:2:9: error [title-format] title contains the Markdown bold marker "**", which search results and link previews show as typed: remove it',
] : "lines were:\n" + shown.join('\n')
assert log.contains('[INFO] Checked 4 posts in ')
assert log.contains(': 4 errors in 4 files')
assert log.contains('BUILD FAILURE')
return true
