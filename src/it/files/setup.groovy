// The repository root is this folder, the POM's base directory is blog/: a `.git` here (invoker does not copy SCM folders).
def git = new File(basedir, '.git')
git.mkdirs()
new File(git, 'HEAD').setText('ref: refs/heads/main\n', 'UTF-8')
return true
