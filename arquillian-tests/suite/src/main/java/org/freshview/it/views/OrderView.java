package org.freshview.it.views;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import org.freshview.Result;
import org.freshview.View;

/**
 * Keeps the path and form values of a request in fields, waits, then echoes the fields: if two
 * requests ever shared an instance, one response would show the other's values.
 */
@View("/orders/{id}")
public class OrderView {

    @PathParam("id")
    String id;

    @FormParam("note")
    String note;

    @GET
    public Result form() {
        return Result.render("/WEB-INF/form.jsp");
    }

    @POST
    public String save() throws InterruptedException {
        Thread.sleep(2);
        return "id=" + id + ";note=" + note;
    }
}
