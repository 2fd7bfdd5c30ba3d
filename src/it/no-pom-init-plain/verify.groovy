// init wrote exactly expected.contentlint.yml and said why; check then found exactly expected-findings.txt
io.github.contentlint.init.InitItAssertions.verify(basedir, 'plain folders (no _posts/, content/ or src/content/ folder and no generator configuration)',
        'abstract: present in 19 of 20 posts', 'Next: run mvn contentlint:check', false)
return true
