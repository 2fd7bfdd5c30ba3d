// Makes this folder a git repository with a history, then changes it in every way git knows:
// a post committed after the tag `published`, one modified and not staged, one staged, one untracked
// (a name with a space and Japanese), one ignored, one deleted, and a file that is no post.
def run = { List<String> command ->
    def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.getText('UTF-8')
    assert process.waitFor() == 0 : "${command.join(' ')} failed:\n${output}"
    output
}
def git = { String... arguments -> run(['git'] + arguments.toList()) }
def write = { String path, String text ->
    def file = new File(basedir, path)
    file.parentFile.mkdirs()
    file.setText(text, 'UTF-8')
}

git('init', '-q')
git('config', 'user.name', 'contentlint IT')
git('config', 'user.email', 'it@example.invalid')
git('config', 'commit.gpgsign', 'false')
git('config', 'tag.gpgsign', 'false')
write('.gitignore', 'target/\nbuild.log\n_posts/*-ignored.md\n')
git('add', '-A')
git('commit', '-q', '-m', 'The tea blog')
git('tag', 'published')

write('_posts/2025-09-04-committed.md', '---\ntitle: Matcha without a whisk\ndate: 2025-09-04\n---\n'
        + 'A small jar with a lid does the job: shake it hard for twenty seconds.\n\n---END---\n')
git('add', '_posts/2025-09-04-committed.md')
git('commit', '-q', '-m', 'One more post')

def modified = new File(basedir, '_posts/2025-09-02-modified.md')
modified.setText(modified.getText('UTF-8') + '\n---END---\n', 'UTF-8')
write('_posts/2025-09-03-staged.md', '---\ntitle: "**Cold brew** in the summer"\ndate: 2025-09-03\n---\n'
        + 'Leave the leaves in cold water overnight and the tea comes out sweet and mild.\n')
git('add', '_posts/2025-09-03-staged.md')
write('_posts/2025-09-05-新しい 記事.md', '---\ntitle: "**ほうじ茶**の淹れ方"\ndate: 2025-09-05\n---\n'
        + '熱湯でさっと淹れると、香ばしさがよく出ます。\n')
write('_posts/2025-09-06-ignored.md', '---\ntitle: "**Ignored** by git"\ndate: 2025-09-06\n---\n'
        + 'Git ignores this post, so it has not changed as far as git is concerned.\n')
git('rm', '-q', '_posts/2025-09-07-deleted.md')
write('README.md', '# A tea blog\n\nPosts live in `_posts/`, one file a post.\n')
return true
