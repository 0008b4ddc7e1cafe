package org.freshview.testkit;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * What an {@link IsolationCheck} saw.
 *
 * <pre>{@code
 * IsolationReport report = IsolationCheck.against(uri).requests(2_000).run();
 * report.assertIsolated(); // or: assertEquals(0, report.leaked(), report.summary());
 * }</pre>
 *
 * <p>Counts cover every response; {@link #leaks()} and {@link #failures()} keep the first
 * samples only (see {@link IsolationCheck#keepAtMost(int)}), so a million-request soak against
 * a leaking handler does not fill the heap.
 *
 * @param target    the URL the requests went to
 * @param sent      requests sent (fewer than asked if the time limit ran out)
 * @param answered  responses received, of any status
 * @param leaked    responses that carried at least one value sent by another request
 * @param failed    requests that are not leaks but still went wrong: an error status, an I/O
 *                  error, or a response that did not echo a value its request sent
 * @param leaks     the first leaks, in the order they arrived
 * @param failures  the first failures, in the order they arrived
 * @param elapsed   from the first request sent to the last response received
 */
public record IsolationReport(URI target, long sent, long answered, long leaked, long failed,
                              List<Leak> leaks, List<Failure> failures, Duration elapsed) {

    /**
     * Copies the sample lists.
     *
     * @param target    the URL checked
     * @param sent      requests sent
     * @param answered  responses received
     * @param leaked    responses that carried another request's value
     * @param failed    requests that went wrong without showing a leak
     * @param leaks     the first leaks, in the order they arrived
     * @param failures  the first failures, in the order they arrived
     * @param elapsed   from the first request sent to the last response received
     */
    public IsolationReport {
        leaks = List.copyOf(leaks);
        failures = List.copyOf(failures);
    }

    /**
     * A response that carried another request's value.
     *
     * @param request the request's number
     * @param sent    the values it sent
     * @param foreign the values of other requests found in its response
     * @param body    the response body
     */
    public record Leak(long request, List<String> sent, List<String> foreign, String body) {
        /**
         * Copies the value lists.
         *
         * @param request the request's number
         * @param sent    the values it sent
         * @param foreign the values of other requests found in its response
         * @param body    the response body
         */
        public Leak {
            sent = List.copyOf(sent);
            foreign = List.copyOf(foreign);
        }

        @Override
        public String toString() {
            return "request #" + request + " sent " + sent + " but got back " + foreign + " in: " + body;
        }
    }

    /**
     * A request that went wrong without showing a leak.
     *
     * @param request the request's number
     * @param reason  what went wrong: a status, a timeout, an exception
     */
    public record Failure(long request, String reason) {
        @Override
        public String toString() {
            return "request #" + request + ": " + reason;
        }
    }

    /**
     * Whether the run showed no leak, no failure, and every request sent got an answer.
     *
     * @return {@code true} if isolated
     */
    public boolean isolated() {
        return leaked == 0 && failed == 0 && answered == sent;
    }

    /**
     * Responses per second over the whole run.
     *
     * @return answered requests divided by the elapsed seconds
     */
    public double throughput() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds == 0 ? 0 : answered / seconds;
    }

    /**
     * Throws an {@link AssertionError} naming the leaks and failures unless {@link #isolated()}.
     */
    public void assertIsolated() {
        if (!isolated()) {
            throw new AssertionError(summary());
        }
    }

    /**
     * A text for a test failure or a log.
     *
     * @return one line of counts, then up to five sample leaks and five sample failures
     */
    public String summary() {
        StringBuilder text = new StringBuilder()
                .append(target).append(": ").append(sent).append(" requests, ")
                .append(answered).append(" answered, ")
                .append(leaked).append(" leaked, ")
                .append(failed).append(" failed, in ")
                .append(elapsed.toMillis()).append(" ms (")
                .append(Math.round(throughput())).append(" responses/s)");
        leaks.stream().limit(5).forEach(leak -> text.append(System.lineSeparator()).append("  leak: ").append(leak));
        failures.stream().limit(5).forEach(failure -> text.append(System.lineSeparator()).append("  failure: ").append(failure));
        return text.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
