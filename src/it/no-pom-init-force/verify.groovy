// the first init failed, naming the force switch, and left the file alone; the second replaced it and kept a backup
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('.contentlint.yml already exists: init never overwrites it. Run it with -Dcontentlint.force=true'
        + ' to replace it (the old file is kept as .contentlint.yml.bak), or edit the file you have')
def backup = new File(basedir, '.contentlint.yml.bak')
assert backup.getText('UTF-8') == '# written by hand before init\nrules:\n  reading-time: off\n'
def written = new File(basedir, '.contentlint.yml').getText('UTF-8')
assert written.startsWith('# contentlint configuration, written by init from 2 posts.\n')
assert written.contains('        - excerpt  # present in 2 of 2 posts\n')
assert log.contains('[INFO] Wrote .contentlint.yml (the old file is kept as .contentlint.yml.bak)')
assert log.contains('[INFO] Next: run mvn contentlint:check')
return true
