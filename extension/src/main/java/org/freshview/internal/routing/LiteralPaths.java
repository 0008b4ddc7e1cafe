package org.freshview.internal.routing;

import java.util.Map;

/**
 * The templates without variables, by path: an open-addressing table whose probe reads an
 * {@code int[]} of hashes first, so a request for a variable route usually costs one array read.
 */
final class LiteralPaths<T> {

    private final int[] hashes;
    /** Path at {@code 2 * slot}, leaf at {@code 2 * slot + 1}. */
    private final Object[] slots;
    private final int mask;

    LiteralPaths(Map<String, Leaf<T>> paths) {
        int capacity = Integer.highestOneBit(Math.max(2, paths.size() * 2 - 1)) << 1;
        hashes = new int[capacity];
        slots = new Object[capacity * 2];
        mask = capacity - 1;
        paths.forEach((path, leaf) -> {
            int hash = nonZero(path.hashCode());
            int slot = spread(hash) & mask;
            while (hashes[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = hash;
            slots[2 * slot] = path;
            slots[2 * slot + 1] = leaf;
        });
    }

    /** The leaf of the literal template equal to {@code path}, or {@code null}. */
    @SuppressWarnings("unchecked")
    Leaf<T> get(String path) {
        int hash = nonZero(path.hashCode());
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int candidate = hashes[slot];
            if (candidate == 0) {
                return null;
            }
            if (candidate == hash && path.equals(slots[2 * slot])) {
                return (Leaf<T>) slots[2 * slot + 1];
            }
        }
    }

    /** 0 marks an empty slot. */
    private static int nonZero(int hash) {
        return hash == 0 ? 1 : hash;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
