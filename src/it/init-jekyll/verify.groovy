// init wrote exactly expected.contentlint.yml and said why; check then found exactly expected-findings.txt
io.github.contentlint.init.InitItAssertions.verify(basedir, 'Jekyll (_config.yml; _posts/ or _drafts/ (20 Markdown files))',
        'excerpt: present in 19 of 20 posts', 'Next: run mvn verify', true)
return true
