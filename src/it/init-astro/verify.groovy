// init wrote exactly expected.contentlint.yml and said why; check then found exactly expected-findings.txt
io.github.contentlint.init.InitItAssertions.verify(basedir, 'Astro (astro.config.mjs; src/content/ (20 Markdown files))',
        'description: present in 19 of 20 posts', 'Next: run mvn verify', false)
return true
