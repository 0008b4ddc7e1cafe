package org.freshview.it.views;

import jakarta.ws.rs.GET;
import org.freshview.View;

/** A handler that overflows the stack, as a bug in application code would. */
@View("/overflow")
public class OverflowView {

    @GET
    public String get() {
        return "depth " + depth(0);
    }

    private static int depth(int n) {
        return depth(n + 1) + 1;
    }
}
