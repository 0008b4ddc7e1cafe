package org.freshview.internal.routing;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Where the templates of one path shape end: their targets by HTTP method. */
final class Leaf<T> {

    final Map<String, Entry<T>> byMethod = new HashMap<>();
    Set<String> allowed;
    RouteMatch<T> notAllowed;

    /** Whether some route here accepts the path, whatever its method. */
    boolean acceptsAny(boolean emptyTail) {
        for (Entry<T> entry : byMethod.values()) {
            if (!emptyTail || entry.tailMayBeEmpty) {
                return true;
            }
        }
        return false;
    }

    void freeze() {
        allowed = Collections.unmodifiableSet(new LinkedHashSet<>(new TreeSet<>(byMethod.keySet())));
        notAllowed = new RouteMatch<>(null, allowed, Map.of());
        for (Entry<T> entry : byMethod.values()) {
            if (entry.names.length == 0) {
                entry.staticMatch = new RouteMatch<>(entry.target, allowed, Map.of());
                entry.noValues = new PathValues(this, entry, PathValues.NONE, 0);
            }
        }
    }

    /** One route at this leaf: one method of one template. */
    static final class Entry<T> {

        final T target;
        final String owner;
        final String template;
        final String[] names;
        final boolean tailMayBeEmpty;
        RouteMatch<T> staticMatch;
        PathValues noValues;

        Entry(T target, String owner, String template, String[] names, boolean tailMayBeEmpty) {
            this.target = target;
            this.owner = owner;
            this.template = template;
            this.names = names;
            this.tailMayBeEmpty = tailMayBeEmpty;
        }
    }
}
