package org.freshview.benchmarks.router;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The way a typical Jakarta REST implementation matches: every template compiled to a regex,
 * the list sorted by the spec's rules (more literal characters first, then more variables,
 * then more non-default regexes), each tried in turn until one matches path and method; the
 * groups are then read as the values.
 */
final class JakartaRestBaseline {

    private record Entry(Pattern pattern, String method, int target, int literalChars, int groups) {
    }

    private final List<Entry> entries = new ArrayList<>();

    JakartaRestBaseline(RouteData routes) {
        for (int i = 0; i < routes.size(); i++) {
            String template = routes.paths().get(i);
            StringBuilder regex = new StringBuilder();
            int literalChars = 0;
            int groups = 0;
            int at = 0;
            while (at < template.length()) {
                int open = template.indexOf('{', at);
                if (open < 0) {
                    regex.append(Pattern.quote(template.substring(at)));
                    literalChars += template.length() - at;
                    break;
                }
                regex.append(Pattern.quote(template.substring(at, open)));
                literalChars += open - at;
                regex.append("([^/]+)");
                groups++;
                at = template.indexOf('}', open) + 1;
            }
            entries.add(new Entry(Pattern.compile(regex.toString()), routes.methods().get(i), i, literalChars, groups));
        }
        entries.sort(Comparator.comparingInt((Entry e) -> -e.literalChars).thenComparingInt(e -> -e.groups));
    }

    /** The target of the first entry matching path and method, with its values read; -1 if none. */
    int match(String method, String path, String[] values) {
        for (Entry entry : entries) {
            Matcher matcher = entry.pattern.matcher(path);
            if (matcher.matches() && entry.method.equals(method)) {
                for (int g = 1; g <= matcher.groupCount(); g++) {
                    values[g - 1] = matcher.group(g);
                }
                return entry.target;
            }
        }
        return -1;
    }
}
