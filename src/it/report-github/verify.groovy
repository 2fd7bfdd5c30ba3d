def log = new File(basedir, 'build.log').getText('UTF-8')
// the runner reads a workflow command only at the start of a line: these lines bypass Maven's [INFO] prefix
def annotations = log.readLines().findAll { it.startsWith('::') }
assert annotations == [
    '::warning file=blog/_drafts/ideas.md,line=3,col=1,endLine=3,endColumn=18,title=contentlint%3A front-matter::key "title" appears again (first on line 2): keep one of the two',
    '::notice file=blog/_drafts/ideas.md,line=6,col=1,endLine=6,endColumn=42,title=contentlint%3A unused-suppression::<!-- contentlint-disable front-matter --> suppresses no finding of front-matter here: remove front-matter from the comment, or the whole comment',
    '::error file=blog/_posts/2025-08-01-tea%2Ccoffee.md,line=3,col=1,endLine=3,endColumn=14,title=contentlint%3A front-matter::date "100%25 未定" is not a date: write it as 2025-11-21 or 2025-11-21 20:36:29 +0000',
] : annotations.join('\n')
// the console format still prints its own lines, paths relative to the base directory
assert log.contains('[ERROR] _posts/2025-08-01-tea,coffee.md:3:1: error [front-matter] date "100% 未定" is not a date')
assert log.contains('[WARNING] _drafts/ideas.md:3:1: warning [front-matter] key "title" appears again')
return true
