package org.freshview.internal.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one renderer of the route table, for {@link org.freshview.Routes#table()} and the start-up
 * log: aligned columns METHOD, TEMPLATE, VIEW (and any the caller adds), one line per method and
 * template, in matching order. That order answers the question a reader brings to the table,
 * "which view serves this request?": the first line whose template matches the path and whose
 * method is the request's is the route that serves it (it puts {@code /users/me} above
 * {@code /users/{id}}, a constrained variable above a plain one, a catch-all last), which a sort
 * by template text does not. {@code HEAD} lines are listed where a {@code GET} handler serves them.
 */
public final class RouteTableText {

    /**
     * One line of the table.
     *
     * @param method   the HTTP method, upper case
     * @param template the URL template as written
     * @param view     who declared the route (a class name)
     */
    public record Row(String method, String template, String view) {
    }

    private static final List<String> HEADER = List.of("METHOD", "TEMPLATE", "VIEW");

    private RouteTableText() {
    }

    /** The rows of a router's leaves, which are in matching order: by method within a leaf. */
    static <T> List<Row> rows(List<Leaf<T>> leaves) {
        List<Row> rows = new ArrayList<>();
        for (Leaf<T> leaf : leaves) {
            leaf.byMethod.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> rows.add(new Row(e.getKey(), e.getValue().template, e.getValue().owner)));
        }
        return List.copyOf(rows);
    }

    /** The table of {@code rows}: a header line, then one line per row, each ending with a newline. */
    static String render(List<Row> rows) {
        return render(rows, List.of(), row -> List.of());
    }

    /**
     * The table of {@code rows} with more columns after VIEW.
     *
     * @param more       the headers of the added columns
     * @param moreValues the added columns' values of a row, as many as {@code more}
     * @return a header line, then one line per row, each ending with a newline
     */
    public static String render(List<Row> rows, List<String> more, Function<Row, List<String>> moreValues) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(concat(HEADER, more));
        for (Row row : rows) {
            lines.add(concat(List.of(row.method(), row.template(), row.view()), moreValues.apply(row)));
        }
        int[] widths = new int[HEADER.size() + more.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> line : lines) {
            for (int i = 0; i < widths.length - 1; i++) {
                text.append(line.get(i)).append(" ".repeat(widths[i] + 2 - line.get(i).length()));
            }
            text.append(line.get(widths.length - 1)).append('\n');
        }
        return text.toString();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }
}
