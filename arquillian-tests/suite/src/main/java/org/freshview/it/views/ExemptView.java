package org.freshview.it.views;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import org.freshview.CsrfExempt;
import org.freshview.View;

/** One exempt method and one protected method. */
@View("/exempt")
public class ExemptView {

    @POST
    @CsrfExempt
    public String hook() {
        return "hook ran";
    }

    @DELETE
    public String remove() {
        return "removed";
    }
}
