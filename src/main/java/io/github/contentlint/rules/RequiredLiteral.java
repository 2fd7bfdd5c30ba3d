package io.github.contentlint.rules;

/**
 * Finds a piece of plain text that every match of an RE2 regex must contain, so that the
 * pattern engine can skip, with one {@link String#contains}, the many lines that cannot match.
 *
 * <p>RE2J runs an NFA over every character unless a pattern starts with a literal; a pattern such
 * as {@code ^<{7}} or {@code (?:^|。)申し訳} then costs about 50 times more than
 * {@code String.contains("申し訳")}. The analysis is conservative: it reads only the top level of
 * the pattern (stepping into plain groups without a quantifier or an inner {@code |}), gives up
 * on a top-level {@code |} or a case-insensitive flag, treats every other group, every class,
 * escape class and anchor as a break, and drops a character that a quantifier makes optional. What it returns is therefore always safe; at worst it is empty and nothing is skipped.
 */
final class RequiredLiteral {

    private RequiredLiteral() {
    }

    /**
     * The longest run of literal text every match contains, or the empty string when the pattern
     * gives none (or when it cannot be analysed safely).
     */
    static String of(String regex) {
        try {
            return scan(regex);
        } catch (RuntimeException e) {
            return ""; // a pattern this reader does not follow is simply not gated
        }
    }

    private static String scan(String regex) {
        StringBuilder best = new StringBuilder();
        StringBuilder run = new StringBuilder();
        int lastUnitStart = -1; // start in `run` of the last literal unit, for quantifiers
        int open = 0; // groups stepped into (see transparentContentStart)
        int i = 0;
        int n = regex.length();
        while (i < n) {
            char c = regex.charAt(i);
            switch (c) {
                case '|' -> {
                    return "";
                }
                case '(' -> {
                    if (regex.startsWith("(?", i) && isFlagGroup(regex, i)) {
                        String flags = regex.substring(i + 2, regex.indexOf(')', i));
                        if (flagOn(flags, 'i')) {
                            return "";
                        }
                        i = regex.indexOf(')', i) + 1;
                        continue; // (?m), (?s), (?U) change no literal
                    }
                    int end = groupEnd(regex, i);
                    int inside = transparentContentStart(regex, i, end);
                    if (inside > 0) {
                        open++; // `(ab)c` reads as `abc`: step in and keep the run going
                        lastUnitStart = -1;
                        i = inside;
                        continue;
                    }
                    commit(best, run);
                    lastUnitStart = -1;
                    i = skipQuantifier(regex, end);
                    continue;
                }
                case ')' -> {
                    if (open == 0) {
                        return "";
                    }
                    open--;
                    lastUnitStart = -1; // a quantifier cannot follow: the group was checked to have none
                    i++;
                    continue;
                }
                case '[' -> {
                    int end = classEnd(regex, i);
                    commit(best, run);
                    lastUnitStart = -1;
                    i = skipQuantifier(regex, end);
                    continue;
                }
                case '\\' -> {
                    if (i + 1 >= n) {
                        return "";
                    }
                    char next = regex.charAt(i + 1);
                    if (Character.isLetterOrDigit(next)) {
                        // \b \d \s \w \p{..} \x41 \Q..\E and the like: not a plain character here
                        commit(best, run);
                        lastUnitStart = -1;
                        i = skipQuantifier(regex, escapeEnd(regex, i));
                        continue;
                    }
                    int cp = regex.codePointAt(i + 1);
                    lastUnitStart = run.length();
                    run.appendCodePoint(cp);
                    i += 1 + Character.charCount(cp);
                }
                case '.', '^', '$' -> {
                    commit(best, run);
                    lastUnitStart = -1;
                    i = skipQuantifier(regex, i + 1);
                    continue;
                }
                case '*', '?', '+', '{' -> {
                    int min = minRepeat(regex, i);
                    if (min < 0) {
                        // `{` that is no repetition: RE2 reads it as text, but stay safe
                        commit(best, run);
                        lastUnitStart = -1;
                        i++;
                        continue;
                    }
                    int end = quantifierEnd(regex, i);
                    boolean exact = c == '{' && regex.substring(i, end).indexOf(',') < 0; // {n}: a fixed run
                    if (lastUnitStart >= 0) {
                        String unit = run.substring(lastUnitStart);
                        run.setLength(lastUnitStart);
                        if (min > 0) {
                            run.append(unit.repeat(Math.min(min, 64)));
                        }
                    }
                    if (!exact || lastUnitStart < 0) {
                        commit(best, run); // what follows a variable repeat need not touch what precedes it
                    }
                    lastUnitStart = -1;
                    i = end;
                    continue;
                }
                default -> {
                    lastUnitStart = run.length();
                    int cp = regex.codePointAt(i);
                    run.appendCodePoint(cp);
                    i += Character.charCount(cp);
                    continue;
                }
            }
        }
        commit(best, run);
        return best.toString();
    }

    /** Whether {@code flags} (as in {@code (?im-s)}) switches {@code flag} on. */
    /**
     * Where the content of the group {@code [open, end)} starts, when the group is a plain
     * sequence the scan may step into: a capturing or non-capturing group with no quantifier after
     * it and no {@code |} at its own level. Otherwise -1.
     */
    private static int transparentContentStart(String regex, int open, int end) {
        if (end < regex.length() && minRepeat(regex, end) >= 0) {
            return -1;
        }
        int start;
        if (!regex.startsWith("(?", open)) {
            start = open + 1;
        } else if (regex.startsWith("(?:", open)) {
            start = open + 3;
        } else if (regex.startsWith("(?P<", open) || regex.startsWith("(?<", open) && !regex.startsWith("(?<=", open)
                && !regex.startsWith("(?<!", open)) {
            int close = regex.indexOf('>', open);
            if (close < 0 || close >= end) {
                return -1;
            }
            start = close + 1;
        } else {
            return -1; // (?i:…) and other flag groups change how the content matches
        }
        int i = start;
        while (i < end - 1) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                i = groupEnd(regex, i);
            } else if (c == '|') {
                return -1;
            } else {
                i++;
            }
        }
        return start;
    }

    private static boolean flagOn(String flags, char flag) {
        int minus = flags.indexOf('-');
        int at = flags.indexOf(flag);
        return at >= 0 && (minus < 0 || at < minus);
    }

    /** {@code (?flags)} on its own (not {@code (?flags:...)}, not {@code (?P<name>...)}). */
    private static boolean isFlagGroup(String regex, int open) {
        int close = regex.indexOf(')', open);
        if (close < 0) {
            return false;
        }
        String body = regex.substring(open + 2, close);
        return !body.isEmpty() && body.chars().allMatch(ch -> ch == '-' || Character.isLetter(ch));
    }

    private static void commit(StringBuilder best, StringBuilder run) {
        if (run.length() > best.length()) {
            best.setLength(0);
            best.append(run);
        }
        run.setLength(0);
    }

    /** Index just past the group opened at {@code open}. */
    private static int groupEnd(String regex, int open) {
        int depth = 0;
        int i = open;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                i = classEnd(regex, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        throw new IllegalArgumentException("unclosed group");
    }

    /** Index just past the character class opened at {@code open}. */
    private static int classEnd(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++; // a leading ] is a member
        }
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[' && regex.startsWith("[:", i)) {
                int close = regex.indexOf(":]", i + 2);
                if (close > 0) {
                    i = close + 2;
                    continue;
                }
            }
            if (c == ']') {
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("unclosed class");
    }

    /** Index just past an escape that is not a plain character ({@code \d}, {@code \p{L}}, {@code \Q..\E}). */
    private static int escapeEnd(String regex, int backslash) {
        char kind = regex.charAt(backslash + 1);
        int i = backslash + 2;
        if ((kind == 'p' || kind == 'P' || kind == 'x') && i < regex.length() && regex.charAt(i) == '{') {
            int close = regex.indexOf('}', i);
            return close < 0 ? regex.length() : close + 1;
        }
        if (kind == 'p' || kind == 'P') {
            return Math.min(regex.length(), i + 1);
        }
        if (kind == 'x') {
            return Math.min(regex.length(), i + 2);
        }
        if (kind == 'Q') {
            int close = regex.indexOf("\\E", i);
            return close < 0 ? regex.length() : close + 2;
        }
        if (Character.isDigit(kind)) {
            while (i < regex.length() && Character.isDigit(regex.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    /** Skips a quantifier (and its lazy {@code ?}) after a unit that is not a literal. */
    private static int skipQuantifier(String regex, int at) {
        if (at < regex.length() && minRepeat(regex, at) >= 0) {
            return quantifierEnd(regex, at);
        }
        return at;
    }

    /** The least repeat count of the quantifier at {@code at}, or -1 when there is none. */
    private static int minRepeat(String regex, int at) {
        char c = regex.charAt(at);
        return switch (c) {
            case '*', '?' -> 0;
            case '+' -> 1;
            case '{' -> {
                int close = regex.indexOf('}', at);
                if (close < 0) {
                    yield -1;
                }
                String body = regex.substring(at + 1, close);
                if (!body.matches("\\d+(,\\d*)?")) {
                    yield -1;
                }
                int comma = body.indexOf(',');
                yield Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
            }
            default -> -1;
        };
    }

    private static int quantifierEnd(String regex, int at) {
        int end = regex.charAt(at) == '{' ? regex.indexOf('}', at) + 1 : at + 1;
        if (end < regex.length() && regex.charAt(end) == '?') {
            end++; // lazy
        }
        return end;
    }
}
