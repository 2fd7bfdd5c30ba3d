import java.security.MessageDigest

def log = new File(basedir, 'build.log').getText('UTF-8')
// Every post keeps its bytes: checksums as committed in checksums.sha256 (sha256sum format).
def sums = new File(basedir, 'checksums.sha256').readLines().findAll { it.trim() }
assert sums.size() == 3
sums.each { line ->
    def (sum, path) = line.split(/\s+\*?/, 2)
    def actual = MessageDigest.getInstance('SHA-256').digest(new File(basedir, path).bytes).encodeHex().toString()
    assert actual == sum : path + " changed"
}
assert new File(basedir, '_posts').list().size() == 3 : "a temporary file was left: " + new File(basedir, '_posts').list()
def lines = log.readLines()
def diff = [
    '[INFO] --- a/_posts/2025-05-01-lf.md',
    '[INFO] +++ b/_posts/2025-05-01-lf.md',
    '[INFO] @@ -1,6 +1,6 @@',
    '[INFO]  ---',
    '[INFO]  title: "柿の枝"',
    '[INFO] -reading_time: 40',
    '[INFO] +reading_time: 5',
    '[INFO]  ---',
]
int start = lines.indexOf(diff[0])
assert start >= 0 : "no diff for 2025-05-01-lf.md in the log"
assert lines.subList(start, start + diff.size()) == diff
assert lines.contains('[INFO] -reading_time: 20分 # by hand')
assert lines.contains('[INFO] +reading_time: 2分 # by hand')
assert !log.contains('a/_posts/2025-05-02-crlf-bom.md')
assert log.contains('Would fix 2 files: 2 fixes; no finding is left without a fix; dry run: nothing was written')
assert log.contains('BUILD SUCCESS')
return true
