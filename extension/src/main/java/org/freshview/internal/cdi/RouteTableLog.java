package org.freshview.internal.cdi;

import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.ws.rs.HttpMethod;
import org.freshview.internal.routing.RouteTableText;
import org.freshview.internal.web.ViewBean;

import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The route table for the DEBUG log at start-up: the table {@link org.freshview.Routes#table()}
 * prints, in the same order, with two more columns: the handler method serving each line and the
 * view's effective scope.
 */
final class RouteTableLog {

    private RouteTableLog() {
    }

    /** The title line, then the table (without a newline at the end: one log record). */
    static String text(List<RouteTableText.Row> rows, List<ViewBean> views) {
        // by class and template: one class can be several views (annotated types) with other handlers
        Map<String, ViewBean> byRoute = new HashMap<>();
        for (ViewBean view : views) {
            for (String template : view.templates()) {
                byRoute.put(view.javaClass().getName() + " " + template, view);
            }
        }
        String table = RouteTableText.render(rows, List.of("HANDLER", "SCOPE"), row -> {
            ViewBean view = byRoute.get(row.view() + " " + row.template());
            return List.of(handler(view, row.method()), "@" + view.bean().getScope().getSimpleName());
        });
        return "Freshview routes (" + rows.size() + "):\n" + table.substring(0, table.length() - 1);
    }

    /** The handler of {@code httpMethod} in {@code view}, as {@code name()}; HEAD is served by GET's without its own. */
    private static String handler(ViewBean view, String httpMethod) {
        String name = handlerName(view, httpMethod);
        if (name == null && httpMethod.equals("HEAD")) {
            name = handlerName(view, "GET");
        }
        return name == null ? "?" : name + "()";
    }

    private static String handlerName(ViewBean view, String httpMethod) {
        for (AnnotatedMethod<?> method : view.type().getMethods()) {
            for (Annotation annotation : method.getAnnotations()) {
                HttpMethod meta = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (meta != null && meta.value().equals(httpMethod)) {
                    return method.getJavaMember().getName();
                }
            }
        }
        return null;
    }
}
