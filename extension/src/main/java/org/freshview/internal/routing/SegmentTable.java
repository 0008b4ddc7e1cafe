package org.freshview.internal.routing;

import java.util.Map;

/**
 * The literal children of a tree node, probed with a segment of the request path in place, so a
 * lookup allocates nothing (no substring). A few children are scanned; more go in an
 * open-addressing hash table of {@code char[]} keys next to their children: one array read and
 * one key read per probe, which matters once a table outgrows the CPU caches.
 */
final class SegmentTable<V> {

    /** Up to this many children a scan comparing lengths first beats hashing the segment. */
    private static final int SCAN_LIMIT = 8;

    private final String[] scanKeys;
    private final Object[] scanValues;
    /** Key ({@code char[]}) at {@code 2 * slot}, child at {@code 2 * slot + 1}. */
    private final Object[] slots;
    private final int mask;

    SegmentTable(Map<String, V> entries) {
        if (entries.size() <= SCAN_LIMIT) {
            scanKeys = entries.keySet().toArray(new String[0]);
            scanValues = new Object[scanKeys.length];
            for (int i = 0; i < scanKeys.length; i++) {
                scanValues[i] = entries.get(scanKeys[i]);
            }
            slots = null;
            mask = 0;
            return;
        }
        scanKeys = null;
        scanValues = null;
        int capacity = Integer.highestOneBit(entries.size() * 2 - 1) << 1;
        slots = new Object[capacity * 2];
        mask = capacity - 1;
        entries.forEach((key, value) -> {
            int slot = spread(key.hashCode()) & mask;
            while (slots[2 * slot] != null) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = key.toCharArray();
            slots[2 * slot + 1] = value;
        });
    }

    /** The child for the decoded segment {@code segment}, or {@code null}. */
    V get(String segment) {
        return get(segment, 0, segment.length(), segment.hashCode());
    }

    /**
     * The child for the segment {@code path[from, to)}, or {@code null}.
     *
     * @param hash the segment's {@link String#hashCode()}, computed by the caller in its scan
     */
    @SuppressWarnings("unchecked")
    V get(String path, int from, int to, int hash) {
        int length = to - from;
        if (scanKeys != null) {
            for (int i = 0; i < scanKeys.length; i++) {
                String key = scanKeys[i];
                if (key.length() == length && path.regionMatches(from, key, 0, length)) {
                    return (V) scanValues[i];
                }
            }
            return null;
        }
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            char[] key = (char[]) slots[2 * slot];
            if (key == null) {
                return null;
            }
            if (key.length == length && matches(key, path, from)) {
                return (V) slots[2 * slot + 1];
            }
        }
    }

    private static boolean matches(char[] key, String path, int from) {
        for (int i = 0; i < key.length; i++) {
            if (key[i] != path.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
