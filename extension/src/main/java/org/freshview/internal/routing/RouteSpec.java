package org.freshview.internal.routing;

import java.util.Map;
import java.util.Set;

/**
 * One route as a view declares it, before the router checks and compiles it.
 *
 * @param template      the URL template, for example {@code /forms/{key}/{page}}
 * @param owner         who declared it (a class name), used in error messages
 * @param variableTypes the Java type each template variable is bound to; a variable not in
 *                      the map is a {@code String}
 * @param methods       the HTTP methods this route handles, upper case
 * @param target        what a matching request leads to
 */
public record RouteSpec<T>(String template, String owner, Map<String, Class<?>> variableTypes,
                           Set<String> methods, T target) {

    public RouteSpec {
        variableTypes = Map.copyOf(variableTypes);
        methods = Set.copyOf(methods);
    }
}
