package org.freshview.internal.routing;

import java.util.Map;
import java.util.Set;

/**
 * The result of matching one request path.
 *
 * @param target         the target for the request's method, or {@code null} when the path
 *                       matched but no route handles that method (a 405)
 * @param allowedMethods every method some route handles on this path
 * @param values         the decoded template variables, by name
 */
public record RouteMatch<T>(T target, Set<String> allowedMethods, Map<String, String> values) {

    public String value(String variable) {
        return values.get(variable);
    }
}
