// Writes an old blog of 50 posts, each with one front matter defect, and two later states of it.
def topics = ['桜', '紅葉', '珈琲', '読書', '散歩', 'Maven', 'release notes', 'gardening', '登山', 'tea']
def defects = [
    { n -> "---\ntitle: \"${topics[n % 10]}の記録 ${n}\"\ndate: いつかの春\n---\n" },            // date is not a date
    { n -> "---\ntitle: \"${topics[n % 10]} note ${n}\"\ntitle: \"again ${n}\"\ndate: 2024-05-01\n---\n" }, // key twice
    { n -> "---\ndate: 2024-05-02\n---\n" },                                                     // no title
]
def post = { int n ->
    defects[n % 3](n) + "\n${topics[n % 10]}について書いた ${n} 番目の記事です。\n\nIt ends with a full sentence.\n"
}
def write = { String dir, String name, String text ->
    def file = new File(basedir, "${dir}/_posts/${name}")
    file.parentFile.mkdirs()
    file.setText(text, 'UTF-8')
}
for (dir in ['blog', 'blog-new', 'blog-fixed']) {
    (1..50).each { n -> write(dir, String.format('2024-01-%02d-old-%02d.md', (n % 28) + 1, n), post(n)) }
}
// blog-new: one more post, written after the baseline, with its own defect
write('blog-new', '2025-06-01-new-post.md',
        "---\ntitle: \"新しい記事\"\ndate: 来週のどこか\n---\n\n新しく書いた記事です。\n")
// blog-fixed: post 7 (a bad date) is fixed
write('blog-fixed', String.format('2024-01-%02d-old-%02d.md', 8, 7),
        "---\ntitle: \"${topics[7]}の記録 7\"\ndate: 2024-01-08\n---\n\n${topics[7]}について書いた 7 番目の記事です。\n\n"
                + "It ends with a full sentence.\n")
return true
