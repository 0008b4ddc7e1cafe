package org.freshview.internal.routing;

import org.freshview.Routes;
import org.freshview.internal.diagnostics.Diagnostic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The reverse side of a {@link Router}: URIs from view classes or route names, and the printable table. */
final class RouteTable implements Routes {

    private final Map<String, List<ReverseRoute>> byOwner;
    private final Map<String, List<ReverseRoute>> byName;
    private final String table;

    RouteTable(Map<String, List<ReverseRoute>> byOwner, Map<String, List<ReverseRoute>> byName, String table) {
        this.byOwner = Map.copyOf(byOwner);
        this.byName = Map.copyOf(byName);
        this.table = table;
    }

    @Override
    public String uri(Class<?> view, Object... values) {
        return positional(routesOf(view), view.getName(), values);
    }

    @Override
    public String uri(Class<?> view, Map<String, ?> values) {
        return named(routesOf(view), view.getName(), values);
    }

    @Override
    public String uri(String name, Object... values) {
        return positional(routesNamed(name), "the route \"" + name + "\"", values);
    }

    @Override
    public String uri(String name, Map<String, ?> values) {
        return named(routesNamed(name), "the route \"" + name + "\"", values);
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public String toString() {
        return table;
    }

    private List<ReverseRoute> routesOf(Class<?> view) {
        List<ReverseRoute> routes = byOwner.get(view.getName());
        if (routes == null) {
            throw new IllegalArgumentException(view.getName() + " has no route: it is not a deployed @View.");
        }
        return routes;
    }

    private List<ReverseRoute> routesNamed(String name) {
        List<ReverseRoute> routes = byName.get(name);
        if (routes == null) {
            throw new IllegalArgumentException("No view is named \"" + name + "\"; the names are "
                    + new TreeSet<>(byName.keySet()) + ".");
        }
        return routes;
    }

    private static String positional(List<ReverseRoute> routes, String what, Object[] values) {
        Object[] given = values == null ? new Object[] {null} : values;
        List<ReverseRoute> fitting = new ArrayList<>();
        for (ReverseRoute route : routes) {
            if (route.variableNames().size() == given.length) {
                fitting.add(route);
            }
        }
        if (fitting.size() == 1) {
            return fitting.get(0).expand(given);
        }
        if (fitting.size() > 1) {
            throw new IllegalArgumentException("Several templates of " + what + " have " + given.length
                    + " variable(s): " + templates(fitting) + "; pass the values by name.");
        }
        if (routes.size() == 1) {
            ReverseRoute route = routes.get(0);
            throw new IllegalArgumentException("The template \"" + route.template() + "\" of " + route.owner()
                    + " needs " + route.variableNames().size() + " value(s) for "
                    + ReverseRoute.braced(route.variableNames()) + "; got " + given.length + ".");
        }
        throw new IllegalArgumentException("No template of " + what + " has " + given.length + " variable(s): "
                + templates(routes) + ".");
    }

    private static String named(List<ReverseRoute> routes, String what, Map<String, ?> values) {
        if (routes.size() == 1) {
            return routes.get(0).expand(values);
        }
        for (ReverseRoute route : routes) {
            if (route.variableNames().size() == values.size() && route.variableNames().containsAll(values.keySet())) {
                return route.expand(values);
            }
        }
        throw new IllegalArgumentException("No template of " + what + " has exactly the variables "
                + ReverseRoute.braced(new ArrayList<>(new TreeSet<>(values.keySet()))) + ": " + templates(routes) + ".");
    }

    private static String templates(List<ReverseRoute> routes) {
        List<String> templates = new ArrayList<>();
        for (ReverseRoute route : routes) {
            templates.add("\"" + route.template() + "\"");
        }
        return String.join(", ", templates);
    }

    /** Collects the reverse routes while the router is built: by view class and by route name. */
    static final class Builder {

        private final Map<String, List<ReverseRoute>> byOwner = new LinkedHashMap<>();
        private final Map<String, List<ReverseRoute>> byName = new LinkedHashMap<>();
        private final Map<String, String> nameOwners = new HashMap<>();
        private final Set<String> added = new HashSet<>();

        /**
         * Adds a template of {@code owner} once (a template routed for several methods is one
         * URI); a {@code name} another owner already uses is a problem (FV-208).
         */
        void add(String owner, String name, UriTemplate template, List<VariableConstraint> constraints,
                 List<Diagnostic> problems) {
            if (!added.add(owner + " " + template.template())) {
                return;
            }
            ReverseRoute reverse = new ReverseRoute(owner, name, template, constraints);
            byOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(reverse);
            if (!name.isEmpty()) {
                String previous = nameOwners.putIfAbsent(name, owner);
                if (previous != null && !previous.equals(owner)) {
                    problems.add(RoutingMessages.duplicateName(owner, name, previous));
                } else {
                    byName.computeIfAbsent(name, n -> new ArrayList<>()).add(reverse);
                }
            }
        }

        RouteTable build(String table) {
            return new RouteTable(byOwner, byName, table);
        }
    }
}
