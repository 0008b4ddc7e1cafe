package org.freshview.bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.freshview.CsrfExempt;
import org.freshview.View;

/**
 * {@link EchoView} (without its counters) under a prefix that {@link MappedPrefixServlet} maps, so
 * the container resolves its URLs to a servlet rather than to the default servlet: the WildFly
 * experiment of issue 22 (Undertow looks for a welcome file at every distinct URL it maps to the
 * default servlet).
 */
@View("/mapped/{p}")
@CsrfExempt
public class MappedEchoView {

    @PathParam("p")
    String path;

    @QueryParam("q")
    String query;

    @HeaderParam("X-Value")
    String header;

    @GET
    public String get() {
        Echo.work();
        return Echo.body(path, query, header, null);
    }
}
