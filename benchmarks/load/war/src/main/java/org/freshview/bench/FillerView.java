package org.freshview.bench;

import jakarta.ws.rs.GET;

/**
 * A view class that {@link GithubRoutes} registers once per GitHub API template, to measure the
 * view under test with a realistic route table next to it. Never requested by the benchmark.
 */
public class FillerView {

    @GET
    public String get() {
        return "filler";
    }
}
