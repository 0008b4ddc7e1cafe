package org.freshview.internal.routing;

/**
 * Spots the regexes that {@code java.util.regex} matches by recursing once per repetition: a
 * group repeated without bound ({@code *}, {@code +}, <code>{n,}</code>, <code>{n,m}</code>) whose
 * body has an alternative or a quantifier of its own, as in {@code (\w|-)+} or
 * {@code [a-z]+(-[a-z]+)*}. Against a segment of a few thousand characters such a regex
 * overflows the stack, and a quantifier inside a repeated group, as in {@code (\w+)+}, can
 * backtrack for exponential time. A possessive repetition ({@code ++}, {@code *+}) and a group
 * of fixed text ({@code (ab)+}) match in a loop and are not flagged.
 */
final class RegexShape {

    private RegexShape() {
    }

    /** Whether {@code regex} (a valid pattern) repeats a group with an alternative or a quantifier inside. */
    static boolean repeatsBranchingGroup(String regex) {
        int length = regex.length();
        // for each open group: does its body branch (| or a quantifier)?
        boolean[] branches = new boolean[length + 1];
        int depth = 0;
        for (int i = 0; i < length; i++) {
            char c = regex.charAt(i);
            switch (c) {
                case '\\' -> i = skipEscape(regex, i);
                case '[' -> i = skipClass(regex, i);
                case '(' -> {
                    branches[++depth] = false;
                    i = skipGroupPrefix(regex, i);
                }
                case '|' -> branches[depth] = true;
                case '*', '+', '?', '{' -> branches[depth] = true;
                case ')' -> {
                    boolean branching = branches[depth];
                    depth = Math.max(0, depth - 1);
                    if (branching && unboundedRepetitionAt(regex, i + 1)) {
                        return true;
                    }
                    if (branching || quantifierAt(regex, i + 1)) {
                        branches[depth] = true; // the enclosing group branches too
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** The last index of a group's opening: {@code (}, or the {@code (?:}, {@code (?<name>}, {@code (?i:} it starts with. */
    private static int skipGroupPrefix(String regex, int open) {
        int i = open + 1;
        if (i >= regex.length() || regex.charAt(i) != '?') {
            return open;
        }
        i++;
        if (i < regex.length() && regex.charAt(i) == '<') {
            if (i + 1 < regex.length() && (regex.charAt(i + 1) == '=' || regex.charAt(i + 1) == '!')) {
                return i + 1;
            }
            int close = regex.indexOf('>', i);
            return close < 0 ? regex.length() : close;
        }
        while (i < regex.length() && ":=!>)".indexOf(regex.charAt(i)) < 0) {
            i++; // flags such as (?i-s:
        }
        return i < regex.length() && regex.charAt(i) == ')' ? i - 1 : i;
    }

    private static boolean quantifierAt(String regex, int i) {
        return i < regex.length() && "*+?{".indexOf(regex.charAt(i)) >= 0;
    }

    /** {@code *}, {@code +} or a brace quantifier other than <code>{n}</code>, not possessive. */
    private static boolean unboundedRepetitionAt(String regex, int i) {
        if (i >= regex.length()) {
            return false;
        }
        char c = regex.charAt(i);
        int after;
        if (c == '*' || c == '+') {
            after = i + 1;
        } else if (c == '{') {
            int close = regex.indexOf('}', i);
            if (close < 0 || regex.indexOf(',', i) < 0 || regex.indexOf(',', i) > close) {
                return false; // {n}: a fixed count
            }
            after = close + 1;
        } else {
            return false;
        }
        return after >= regex.length() || regex.charAt(after) != '+';
    }

    private static int skipEscape(String regex, int i) {
        if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
            int end = regex.indexOf("\\E", i + 2);
            return end < 0 ? regex.length() : end + 1;
        }
        return i + 1;
    }

    /** The index of the {@code ]} closing the class that opens at {@code i}, nested classes included. */
    private static int skipClass(String regex, int i) {
        int depth = 0;
        int j = i;
        for (; j < regex.length(); j++) {
            char c = regex.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                depth++;
                if (j + 1 < regex.length() && regex.charAt(j + 1) == ']' && depth == 1) {
                    j++; // "[]...]": a leading ']' is literal
                } else if (j + 2 < regex.length() && regex.charAt(j + 1) == '^' && regex.charAt(j + 2) == ']') {
                    j += 2;
                }
            } else if (c == ']') {
                depth--;
                if (depth == 0) {
                    return j;
                }
            }
        }
        return j;
    }
}
