package org.freshview.internal.routing;

/**
 * A segment as a regex matcher reads it, with a budget of character reads: a match that would
 * take more than {@value #READS_PER_CHARACTER} reads per character (plus a fixed allowance) is
 * given up as {@link UnmatchablePathException}. A regex that backtracks for exponential time,
 * such as {@code (\w+)+} against {@code aaaa...!}, then costs milliseconds, not minutes; an
 * ordinary regex reads each character a few times.
 */
final class BoundedText implements CharSequence {

    static final int READS_PER_CHARACTER = 1000;
    static final int FIXED_READS = 100_000;

    private final String text;
    private long reads;

    BoundedText(String text, int from, int to) {
        this.text = text;
        this.reads = FIXED_READS + (long) READS_PER_CHARACTER * (to - from);
    }

    @Override
    public char charAt(int index) {
        if (--reads < 0) {
            throw new UnmatchablePathException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
