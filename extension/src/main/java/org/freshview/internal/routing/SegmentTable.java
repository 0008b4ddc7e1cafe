package org.freshview.internal.routing;

import java.util.Map;

/**
 * The literal children of a tree node: an open-addressing hash table probed with a segment of
 * the request path in place, so a lookup allocates nothing (no substring).
 */
final class SegmentTable<V> {

    private final String[] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int mask;

    SegmentTable(Map<String, V> entries) {
        int capacity = Integer.highestOneBit(Math.max(2, entries.size() * 2 - 1)) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        entries.forEach((key, value) -> {
            int hash = key.hashCode();
            int slot = spread(hash) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            hashes[slot] = hash;
            values[slot] = value;
        });
    }

    /** The child for the decoded segment {@code segment}, or {@code null}. */
    @SuppressWarnings("unchecked")
    V get(String segment) {
        int hash = segment.hashCode();
        for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && keys[slot].equals(segment)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /** The child for the segment {@code path[from, to)}, or {@code null}. */
    @SuppressWarnings("unchecked")
    V get(String path, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + path.charAt(i); // String.hashCode() of the segment
        }
        int length = to - from;
        for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (hashes[slot] == hash && key.length() == length && path.regionMatches(from, key, 0, length)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
