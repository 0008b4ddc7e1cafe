package org.freshview.bench;

import java.util.Arrays;

/** The last {@value #CAPACITY} requests' costs of one endpoint: bytes allocated and CPU nanoseconds. */
final class Samples {

    static final int CAPACITY = 200_000;

    private final long[] bytes = new long[CAPACITY];
    private final long[] cpu = new long[CAPACITY];
    private long count;

    synchronized void add(long allocated, long cpuNanos) {
        int at = (int) (count % CAPACITY);
        bytes[at] = allocated;
        cpu[at] = cpuNanos;
        count++;
    }

    /** {@code n bytes:p10 p50 p90 cpu-ns:p10 p50 p90}, over the samples kept. */
    synchronized String summary() {
        int n = (int) Math.min(count, CAPACITY);
        long[] b = Arrays.copyOf(bytes, n);
        long[] c = Arrays.copyOf(cpu, n);
        Arrays.sort(b);
        Arrays.sort(c);
        return count + " " + at(b, 10) + " " + at(b, 50) + " " + at(b, 90)
                + " " + at(c, 10) + " " + at(c, 50) + " " + at(c, 90);
    }

    private static long at(long[] sorted, int percent) {
        return sorted.length == 0 ? -1 : sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }
}
