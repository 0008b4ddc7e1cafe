package org.freshview.it.views;

/** Work that gives the CPU away, so that other requests run in the middle of one. */
public final class Busy {

    private Busy() {
    }

    public static void yieldFor(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.yield();
        }
    }
}
