package org.freshview.internal.routing;

import java.util.HashMap;
import java.util.Map;

/**
 * Maps request paths to targets. Immutable once built; safe for concurrent use.
 *
 * <p>This first version knows literal templates only; variables come with the router.
 *
 * @param <T> what a matched path leads to
 */
public final class RouteTable<T> {

    private final Map<String, T> literalRoutes;

    private RouteTable(Map<String, T> literalRoutes) {
        this.literalRoutes = Map.copyOf(literalRoutes);
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * Returns the target for a raw (still percent-encoded) path relative to the application,
     * or {@code null} when no route matches.
     */
    public T match(String rawPath) {
        return literalRoutes.get(rawPath);
    }

    public int size() {
        return literalRoutes.size();
    }

    /** Collects routes; {@link #build()} fails if two of them claim the same path. */
    public static final class Builder<T> {

        private final Map<String, T> literalRoutes = new HashMap<>();

        private Builder() {
        }

        public Builder<T> add(String template, T target) {
            T previous = literalRoutes.putIfAbsent(template, target);
            if (previous != null) {
                throw new IllegalArgumentException("Template " + template + " is bound to both "
                        + previous + " and " + target + ". Give each view its own template.");
            }
            return this;
        }

        public RouteTable<T> build() {
            return new RouteTable<>(literalRoutes);
        }
    }
}
