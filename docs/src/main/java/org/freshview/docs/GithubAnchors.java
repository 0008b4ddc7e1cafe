package org.freshview.docs;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The anchors GitHub gives a page's headings, so that one {@code page.md#anchor} link works on
 * GitHub and in the built site: lower case, only letters, digits, spaces, {@code -} and
 * {@code _} kept, spaces made {@code -}; a repeated heading gets {@code -1}, {@code -2}, ...
 * One instance per page, since the numbering of repeats is per page.
 */
final class GithubAnchors {

    private final Map<String, Integer> seen = new HashMap<>();

    /** The anchor of the next heading of the page, given its text as rendered (no markup). */
    String next(String headingText) {
        String base = slug(headingText);
        int repeats = seen.merge(base, 1, Integer::sum) - 1;
        return repeats == 0 ? base : base + "-" + repeats;
    }

    static String slug(String headingText) {
        StringBuilder out = new StringBuilder();
        headingText.strip().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (c == ' ') {
                out.append('-');
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** A Markdown heading's text as GitHub renders it: code spans, emphasis and link targets gone. */
    static String markdownHeadingText(String heading) {
        return heading.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replace("`", "").replace("*", "");
    }
}
