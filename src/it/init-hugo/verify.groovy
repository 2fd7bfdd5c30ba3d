// init wrote exactly expected.contentlint.yml and said why; check then found exactly expected-findings.txt
io.github.contentlint.init.InitItAssertions.verify(basedir, 'Hugo (hugo.toml; content/ (21 Markdown files))',
        'summary: present in 19 of 20 posts', 'Next: run mvn verify', false)
return true
