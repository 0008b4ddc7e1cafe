package org.freshview.internal.routing;

import org.freshview.internal.binding.ValueType;

import java.util.Map;
import java.util.Set;

/**
 * One route as a view declares it, before the router checks and compiles it.
 *
 * @param template      the URL template, for example {@code /forms/{key}/{page}}
 * @param owner         who declared it (a class name), used in error messages and as the key
 *                      of reverse routing by class
 * @param variableTypes the Java type each template variable is bound to (see
 *                      {@link ValueType#of(Class)}); a variable not in the map is a
 *                      {@code String}. Types with a known shape ({@code int},
 *                      {@code long}, {@code UUID}, enums...) constrain what the variable matches
 * @param methods       the HTTP methods this route handles, upper case
 * @param target        what a matching request leads to
 * @param name          the route name for reverse routing, or {@code ""}
 */
public record RouteSpec<T>(String template, String owner, Map<String, ValueType> variableTypes,
                           Set<String> methods, T target, String name) {

    public RouteSpec {
        variableTypes = Map.copyOf(variableTypes);
        methods = Set.copyOf(methods);
        name = name == null ? "" : name;
    }

    /** An unnamed route. */
    public RouteSpec(String template, String owner, Map<String, ValueType> variableTypes,
                     Set<String> methods, T target) {
        this(template, owner, variableTypes, methods, target, "");
    }
}
