package org.freshview;

import java.util.Map;

/**
 * The application's route table: builds URIs for views (reverse routing) and prints the table.
 * Inject it anywhere.
 *
 * <pre>{@code
 * @View(value = {"/forms/{key}", "/forms/{key}/{page}"}, name = "form")
 * public class FormView { ... }
 *
 * @Inject Routes routes;
 *
 * routes.uri(FormView.class, "tax return", 2);          // "/forms/tax%20return/2"
 * routes.uri("form", Map.of("key", "k"));               // "/forms/k"
 * request.getContextPath() + routes.uri(FormView.class, "k"); // a link
 * }</pre>
 *
 * <p>URIs are relative to the web application (they start with {@code /}, without the context
 * path). Values are converted with {@code String.valueOf} ({@code name()} for enums) and
 * percent-encoded; a catch-all variable keeps its {@code /}. When a view has several templates,
 * the one with as many variables as values given (or exactly the names given) is used.
 *
 * <p>Every {@code uri} method throws {@link IllegalArgumentException}, naming the template, when a
 * value is missing, extra, {@code null}, or does not satisfy its variable's constraint, and when
 * the URI would leave the application: a catch-all value starting with {@code /} under a root
 * template ({@code "/{path: .*}"}) would make {@code //host}, which a browser reads as another
 * host, so a URI never starts with {@code //} or {@code /\}.
 */
public interface Routes {

    /**
     * The URI of {@code view} with the values of its variables in template order.
     *
     * @param view   a {@code @View} class
     * @param values one value per variable of the chosen template, in template order
     * @return the URI relative to the application
     */
    String uri(Class<?> view, Object... values);

    /**
     * The URI of {@code view} with the values of its variables by name.
     *
     * @param view   a {@code @View} class
     * @param values the value of each variable of the chosen template, by variable name
     * @return the URI relative to the application
     */
    String uri(Class<?> view, Map<String, ?> values);

    /**
     * The URI of the view named {@code name} (its {@code @View(name = ...)}), values in template order.
     *
     * @param name   the view's name
     * @param values one value per variable of the chosen template, in template order
     * @return the URI relative to the application
     */
    String uri(String name, Object... values);

    /**
     * The URI of the view named {@code name}, values by name.
     *
     * @param name   the view's name
     * @param values the value of each variable of the chosen template, by variable name
     * @return the URI relative to the application
     */
    String uri(String name, Map<String, ?> values);

    /**
     * The route table, for logs and diagnostics: a header line, then one line per method and
     * template with the view class, in matching order (the first line whose template matches a
     * request's path and whose method is the request's is the route that serves it). A
     * {@code GET} handler also serves {@code HEAD}, so both are listed.
     *
     * <pre>
     * METHOD  TEMPLATE             VIEW
     * GET     /forms/{key}         com.example.FormView
     * HEAD    /forms/{key}         com.example.FormView
     * </pre>
     *
     * @return the table, each line ending with a newline
     */
    String table();
}
