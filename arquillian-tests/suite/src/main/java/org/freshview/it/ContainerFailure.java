package org.freshview.it;

import java.util.ArrayList;
import java.util.List;

/**
 * How to tell a container's own failure (a 5xx it sends before any filter runs) from Freshview's
 * {@code 500 Internal Server Error}, which has the same status: the exact body the container
 * sends, and text it logs while answering that names the cause (the exception and the frames
 * that throw it). A server module pins one per corpus case through
 * {@link TargetServer#corpusCasesFailedByTheContainer()}, so that a new cause, or a request that
 * reaches Freshview and fails there, breaks the test instead of passing as the container's.
 *
 * @param body   the whole body the container sends, de-chunked
 * @param logged texts the server's log holds, each of them, after the request
 */
public record ContainerFailure(String body, List<String> logged) {

    public ContainerFailure {
        logged = List.copyOf(logged);
        if (logged.isEmpty()) {
            throw new IllegalArgumentException("A container failure names at least one text of its log entry.");
        }
    }

    /**
     * What of this failure the response and the log do not show: empty when they show all of it.
     *
     * @param response the container's response
     * @param server   the server, whose log is read from {@code mark}
     * @param mark     the server's {@link TargetServer#logMark()} taken before the request
     * @return one line per difference
     */
    List<String> brokenBy(RawHttp.Response response, TargetServer server, long mark) {
        List<String> broken = new ArrayList<>();
        if (!response.body().equals(body)) {
            broken.add("body \"" + Http.abbreviate(response.body()).strip() + "\" instead of the container's \"" + body.strip() + "\"");
        }
        String log = server.logSince(mark, logged.get(logged.size() - 1));
        for (String text : logged) {
            if (!log.contains(text)) {
                broken.add("the log does not name the container's cause: " + text);
            }
        }
        return broken;
    }
}
