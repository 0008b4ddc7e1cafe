package org.freshview.internal.routing;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The decoded variable values of one match, as a read-only map over two arrays: the route's
 * names (shared) and this request's values (with the {@link RouteMatch}, the only per-match
 * allocation besides the values).
 */
final class PathValues extends AbstractMap<String, String> {

    static final String[] NONE = {};

    private final String[] names;
    private final String[] values;

    PathValues(String[] names, int count) {
        this.names = names;
        this.values = count == 0 ? NONE : new String[count];
    }

    /** Filled in by the matcher while it unwinds, before the map is handed out. */
    void set(int index, String value) {
        values[index] = value;
    }

    @Override
    public String get(Object name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object name) {
        return get(name) != null;
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }
}
