def log = new File(basedir, 'build.log').getText('UTF-8')

// the three invocations share build.log, in order
def runs = log.split(/(?m)^\[INFO\] BUILD (SUCCESS|FAILURE)\s*$/)
assert runs.size() >= 3 : "expected three builds in build.log, found ${runs.size()}"
def (listing, doc) = runs[0..1]
def unknown = runs[2..<runs.size()].join('\n') // Maven prints the goal's failure after BUILD FAILURE
// what the goal printed: the [INFO] lines after its header, up to Maven's closing rule (same in Maven 3.9 and 4)
def infos = { String run ->
    def lines = run.readLines()
    int start = lines.findIndexOf { it ==~ /\[INFO\] --- contentlint:.*:rules .*---/ }
    assert start >= 0 : run
    lines.drop(start + 1).takeWhile { !it.startsWith('[INFO] ----') }
            .findAll { it.startsWith('[INFO] ') || it == '[INFO]' }.collect { it.length() > 7 ? it.substring(7) : '' }
}

// 1. the rules in effect: what .contentlint.yml changed is marked, with the default and where it was set
def listed = infos(listing)
assert listed.containsAll([
    'Configuration: .contentlint.yml',
    'Front matter keys: title: title, excerpt: description (default excerpt), date: date, readingTime: reading_time (set in .contentlint.yml)',
    'Rules in effect (* = differs from the default):',
    '  front-matter: error',
    '      required: [title]',
    '* reading-time: warning  (default error; set in .contentlint.yml)',
    '      The stated reading time agrees with the length of the body.',
    '      charactersPerMinute: 500',
    '    * tolerance: 2.0  (default 1.5; set in .contentlint.yml)',
    '* title-matches-excerpt: off  (default warning; set in .contentlint.yml)',
    '  no-repeated-paragraphs: error',
]) : listed.join('\n')
assert listed.findAll { it.startsWith('* ') || it.startsWith('    * ') } == [
    '* reading-time: warning  (default error; set in .contentlint.yml)',
    '    * tolerance: 2.0  (default 1.5; set in .contentlint.yml)',
    '* title-matches-excerpt: off  (default warning; set in .contentlint.yml)',
] : 'only what the file changes is marked'
def tail = listed.subList(listed.indexOf('Overrides (applied in order over the rules above; the last match wins):'),
        listed.indexOf("One rule's documentation: mvn contentlint:rules -Dcontentlint.rule=<id>") + 1)
assert tail == [
    'Overrides (applied in order over the rules above; the last match wins):',
    '  .contentlint.yml:10: files [_drafts/**]',
    '      front-matter: off',
    'Repository rules (.contentlint/rules/*.yml):',
    '  no-filler: warning [.contentlint/rules/no-filler.yml]',
    '      Filler phrases that say nothing.',
    "One rule's documentation: mvn contentlint:rules -Dcontentlint.rule=<id>",
] : tail.join('\n')
assert !listing.contains('Checked ') : 'rules lints no post'

// 2. one rule's documentation, from rules/reading-time.yml, with the values in effect
def documented = infos(doc)
def expectedDoc = [
    'reading-time: The stated reading time agrees with the length of the body.',
    'Default severity: error; in effect: warning (set in .contentlint.yml)',
    'Defined in: rules/reading-time.yml of the plugin (a Java rule)',
    '',
    'Description:',
    "  Compares the post's stated reading time (the `readingTime` key of the `keys` map,",
]
assert documented.subList(0, expectedDoc.size()) == expectedDoc : documented.join('\n')
assert documented.containsAll([
    'Options (in .contentlint.yml: rules: {reading-time: {options: {name: value}}}):',
    '  charactersPerMinute (number): default 500, current 500',
    '  tolerance (number): default 1.5, current 2.0 (set in .contentlint.yml)',
    '  addMissing (boolean): default false, current false',
    'Examples:',
    '  bad: a one-minute post that says 8 minutes: the fix writes reading_time: "1 min"',
    '      reading_time: "8 min"',
]) : documented.join('\n')

// 3. a misspelt id stops the goal with the nearest id and the list
assert unknown.contains("unknown rule 'reading-tme' (did you mean 'reading-time'?); known rules: front-matter, unreadable, ")
assert infos(unknown).isEmpty() : 'a misspelt id prints nothing else'
assert log.count('BUILD SUCCESS') == 2
assert log.count('BUILD FAILURE') == 1
return true
