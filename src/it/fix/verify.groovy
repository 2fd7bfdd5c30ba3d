import java.nio.file.Files

def log = new File(basedir, 'build.log').getText('UTF-8')
// Each post holds exactly the bytes expected: the value rewritten, the byte order mark, CRLF, quotes,
// units and comments kept, and the post without a finding untouched.
def posts = new File(basedir, '_posts')
def names = posts.list().sort()
assert names == ['2025-05-01-lf.md', '2025-05-02-crlf-bom.md', '2025-05-03-unit-and-comment.md',
                 '2025-05-04-english.md', '2025-05-05-honest.md'] : "files in _posts: " + names
names.each { name ->
    byte[] actual = Files.readAllBytes(new File(posts, name).toPath())
    byte[] expected = Files.readAllBytes(new File(basedir, 'expected/' + name + '.expected').toPath())
    assert Arrays.equals(actual, expected) : name + " is not as expected"
}
assert log.contains('Fixed 4 files: 4 fixes applied; no finding is left without a fix')
assert log.contains('Checked 5 posts in ') && log.contains(': 4 errors in 4 files')
// the check bound to verify ran after the fix and found nothing
assert log.readLines().findAll { it.contains('Checked 5 posts in ') }.last().endsWith(': no findings')
def fixed = log.readLines().findAll { it.startsWith('[INFO] fixed ') }
assert fixed == [
    '[INFO] fixed _posts/2025-05-01-lf.md:3:1: error [reading-time] reading_time is 40, but the body (4,286 characters and 8 words) reads in about 9 min at 500 characters/min and 238 words/min: set reading_time: 9',
    '[INFO] fixed _posts/2025-05-02-crlf-bom.md:4:1: error [reading-time] reading_time is 1 min, but the body (3,172 characters and 6 words) reads in about 7 min at 500 characters/min and 238 words/min: set reading_time: "7 min"',
    '[INFO] fixed _posts/2025-05-03-unit-and-comment.md:3:1: error [reading-time] reading_time is 20分, but the body (1,687 characters and 3 words) reads in about 4 min at 500 characters/min and 238 words/min: set reading_time: 4分',
    '[INFO] fixed _posts/2025-05-04-english.md:3:1: error [reading-time] reading_time is 30 minutes, but the body (923 words) reads in about 4 min at 238 words/min: set reading_time: 4 minutes',
] : "fixed lines were:\n" + fixed.join('\n')
assert !log.contains('[ERROR] _posts/')
assert log.contains('BUILD SUCCESS')
return true
