package org.freshview.it.views;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import org.freshview.CsrfExempt;
import org.freshview.View;

/** Binds the form field {@code name} from PUT, PATCH and DELETE bodies, which Freshview reads itself. */
@View("/form-methods")
@CsrfExempt
public class FormMethodsView {

    @FormParam("name")
    String name;

    @PUT
    public String put() {
        return "PUT " + name();
    }

    @PATCH
    public String patch() {
        return "PATCH " + name();
    }

    @DELETE
    public String delete() {
        return "DELETE " + name();
    }

    /** Long values are answered by their length, to keep the 2 MB tests' answers short. */
    private String name() {
        if (name == null) {
            return "no name";
        }
        return name.length() > 40 ? "name of " + name.length() + " characters" : "name=" + name;
    }
}
