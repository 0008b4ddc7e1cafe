package org.freshview.it.views.routing;

import jakarta.ws.rs.GET;
import org.freshview.View;

/** A literal template beside {@link PathEchoView}'s {@code /echo/{key}}. */
@View("/echo/literal")
public class EchoLiteralView {

    @GET
    public String literal() {
        return "literal";
    }
}
