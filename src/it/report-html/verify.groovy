import io.github.contentlint.testing.HeadlessChromium

def file = new File(basedir, 'target/contentlint/contentlint.html')
assert file.exists()
def html = file.getText('UTF-8')
// one page: no script, no stylesheet or image to fetch, no web address
['<script', '<link', 'src=', 'url(', '@import', 'http://', 'https://'].each { assert !html.contains(it) : it }
assert html.contains('<svg class="chart"')

def chromium = HeadlessChromium.find()
if (chromium == null) {
    // CI installs Chromium (.ci/run): there, a missing browser is a failure, not a skip
    assert System.getenv('CI') != 'true' : 'CI=true but no Chromium: .ci/run installs Debian\'s chromium'
    println '[report-html IT] SKIPPED the browser check: no Chromium (install Debian\'s chromium, as .ci/run does)'
    return true
}
def screenshot = new File(basedir, 'target/contentlint/contentlint.png').toPath()
def page = chromium.open(file.toURI(), screenshot)
println "[report-html IT] opened in ${chromium.executable()}; screenshot ${screenshot}"
assert page.title() == 'contentlint report'
// the page made no request but for itself
assert page.requests() == [file.toURI().toString().replace('file:/', 'file:///')] : page.requests()
assert page.brokenAnchors().isEmpty() : page.brokenAnchors()
def text = page.text()
[
    'contentlint report',
    '3\nposts checked', '2\nposts with findings', '2\nerrors', '0\nwarnings', '1\ninfos',
    'Findings per rule',
    'front-matter', 'unused-suppression',
    'Posts with findings',
    '_posts/2025-07-01-matcha.md',
    'line 3, column 1',
    'date "先週の土曜日" is not a date: write it as 2025-11-21 or 2025-11-21 20:36:29 +0000',
    'key "title" appears again (first on line 2): keep one of the two',
    // the excerpt shows the line in question
    'date: 先週の土曜日',
    '1 post without findings is not listed.',
].each { assert text.contains(it) : "the page does not show \"${it}\":\n${text}" }
assert !text.contains('Nothing here needs a fix.')  // clean posts are not listed
assert java.nio.file.Files.size(screenshot) > 10_000
return true
