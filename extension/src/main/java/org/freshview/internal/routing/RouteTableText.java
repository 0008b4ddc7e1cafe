package org.freshview.internal.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders the route table as aligned text: method, template, view; in matching order. */
final class RouteTableText {

    private RouteTableText() {
    }

    static <T> String of(List<Leaf<T>> leaves) {
        List<String[]> rows = new ArrayList<>();
        for (Leaf<T> leaf : leaves) {
            leaf.byMethod.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> rows.add(new String[] {e.getKey(), e.getValue().template, e.getValue().owner}));
        }
        int methodWidth = 6;
        int templateWidth = 8;
        for (String[] row : rows) {
            methodWidth = Math.max(methodWidth, row[0].length());
            templateWidth = Math.max(templateWidth, row[1].length());
        }
        StringBuilder text = new StringBuilder();
        text.append(pad("METHOD", methodWidth)).append("  ").append(pad("TEMPLATE", templateWidth)).append("  VIEW\n");
        for (String[] row : rows) {
            text.append(pad(row[0], methodWidth)).append("  ").append(pad(row[1], templateWidth)).append("  ")
                    .append(row[2]).append('\n');
        }
        return text.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
