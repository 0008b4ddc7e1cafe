package org.freshview.internal.cdi;

import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.ws.rs.HttpMethod;
import org.freshview.internal.web.ViewBean;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The route table as text for the FINE log at start-up: one row per route with method,
 * template, view class, handler and effective scope.
 */
final class RouteTableText {

    /** One route of the table. */
    record Row(String method, String template, String view, String handler, String scope) {
    }

    private static final String[] HEADER = {"METHOD", "TEMPLATE", "VIEW", "HANDLER", "SCOPE"};

    private RouteTableText() {
    }

    static List<Row> rows(List<ViewBean> views) {
        List<Row> rows = new ArrayList<>();
        for (ViewBean view : views) {
            String scope = "@" + view.bean().getScope().getSimpleName();
            for (String template : view.templates()) {
                for (AnnotatedMethod<?> method : view.type().getMethods()) {
                    for (Annotation annotation : method.getAnnotations()) {
                        String httpMethod = httpMethod(annotation);
                        if (httpMethod != null) {
                            rows.add(new Row(httpMethod, template, view.javaClass().getName(),
                                    method.getJavaMember().getName() + "()", scope));
                        }
                    }
                }
            }
        }
        rows.sort(Comparator.comparing(Row::template).thenComparing(Row::method));
        return rows;
    }

    /** The table with aligned columns, one line per route under a header line. */
    static String render(List<Row> rows) {
        List<String[]> lines = new ArrayList<>();
        lines.add(HEADER);
        for (Row row : rows) {
            lines.add(new String[] {row.method(), row.template(), row.view(), row.handler(), row.scope()});
        }
        int[] widths = new int[HEADER.length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder text = new StringBuilder("Freshview routes (" + rows.size() + "):");
        for (String[] line : lines) {
            text.append('\n');
            for (int i = 0; i < line.length; i++) {
                text.append(i == line.length - 1 ? line[i] : pad(line[i], widths[i] + 2));
            }
        }
        return text.toString();
    }

    /** The HTTP method an annotation such as {@code @GET} stands for, read from its {@code @HttpMethod}. */
    private static String httpMethod(Annotation annotation) {
        HttpMethod meta = annotation.annotationType().getAnnotation(HttpMethod.class);
        return meta == null ? null : meta.value();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
