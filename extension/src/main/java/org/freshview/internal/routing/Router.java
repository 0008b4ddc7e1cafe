package org.freshview.internal.routing;

import org.freshview.internal.diagnostics.DeploymentProblems;
import org.freshview.internal.diagnostics.Diagnostic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps request paths to targets. Immutable once built; safe for concurrent use.
 *
 * <p>This first version knows literal templates only.
 *
 * @param <T> what a matched path leads to
 */
public final class Router<T> {

    private final Map<String, Map<String, T>> literalRoutes;

    private Router(Map<String, Map<String, T>> literalRoutes) {
        this.literalRoutes = Map.copyOf(literalRoutes);
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * Matches a raw (still percent-encoded) path relative to the application.
     *
     * @return the match, or {@code null} when no template matches the path
     */
    public RouteMatch<T> match(String method, String rawPath) {
        Map<String, T> byMethod = literalRoutes.get(rawPath);
        if (byMethod == null) {
            return null;
        }
        return new RouteMatch<>(byMethod.get(method), byMethod.keySet(), Map.of());
    }

    /** Collects routes; {@link #build()} reports every problem at once. */
    public static final class Builder<T> {

        private final List<RouteSpec<T>> specs = new ArrayList<>();

        private Builder() {
        }

        public Builder<T> add(RouteSpec<T> spec) {
            specs.add(spec);
            return this;
        }

        public Router<T> build() {
            List<Diagnostic> problems = new ArrayList<>();
            Map<String, Map<String, T>> routes = new HashMap<>();
            Map<String, String> owners = new HashMap<>();
            for (RouteSpec<T> spec : specs) {
                Map<String, T> byMethod = routes.computeIfAbsent(spec.template(), t -> new LinkedHashMap<>());
                for (String method : spec.methods()) {
                    String key = method + " " + spec.template();
                    String previous = owners.putIfAbsent(key, spec.owner());
                    if (previous != null) {
                        problems.add(new Diagnostic("FV-201", spec.owner(),
                                method + " " + spec.template() + " is also handled by " + previous + ".",
                                "Give one of the two views another template."));
                    } else {
                        byMethod.put(method, spec.target());
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new DeploymentProblems(problems);
            }
            Map<String, Map<String, T>> frozen = new HashMap<>();
            routes.forEach((template, byMethod) -> frozen.put(template, Map.copyOf(byMethod)));
            return new Router<>(frozen);
        }
    }
}
