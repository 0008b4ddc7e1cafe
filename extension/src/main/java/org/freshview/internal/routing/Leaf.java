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
    /** {@link #byMethod} as two arrays: a leaf has a handful of methods, a scan beats hashing. */
    private String[] methods;
    private Entry<T>[] entries;

    /** Most leaves have one method: no array to read then. */
    private String onlyMethod;
    private Entry<T> onlyEntry;

    /** The route for {@code method}, or {@code null}. */
    Entry<T> entry(String method) {
        String only = onlyMethod;
        if (only != null) {
            return only == method || only.equals(method) ? onlyEntry : null;
        }
        String[] known = methods;
        for (int i = 0; i < known.length; i++) {
            String candidate = known[i];
            if (candidate == method || candidate.equals(method)) {
                return entries[i];
            }
        }
        return null;
    }

    /** Whether some route here accepts the path, whatever its method. */
    boolean acceptsAny(boolean emptyTail) {
        for (Entry<T> entry : byMethod.values()) {
            if (!emptyTail || entry.tailMayBeEmpty) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    void freeze() {
        allowed = Collections.unmodifiableSet(new LinkedHashSet<>(new TreeSet<>(byMethod.keySet())));
        methods = allowed.toArray(new String[0]);
        entries = new Entry[methods.length];
        for (int i = 0; i < methods.length; i++) {
            entries[i] = byMethod.get(methods[i]);
        }
        if (methods.length == 1) {
            onlyMethod = methods[0];
            onlyEntry = entries[0];
        }
        notAllowed = new RouteMatch<>(null, allowed, Map.of());
        for (Entry<T> entry : byMethod.values()) {
            if (entry.names.length == 0) {
                entry.staticMatch = new RouteMatch<>(entry.target, allowed, Map.of());
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

        Entry(T target, String owner, String template, String[] names, boolean tailMayBeEmpty) {
            this.target = target;
            this.owner = owner;
            this.template = template;
            this.names = names;
            this.tailMayBeEmpty = tailMayBeEmpty;
        }
    }
}
