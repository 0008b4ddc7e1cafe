package org.freshview.it.views;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import org.freshview.CsrfExempt;
import org.freshview.Flash;
import org.freshview.Result;
import org.freshview.View;

/**
 * Leaves flash messages for the next page: {@code POST /flash/save} and {@code /flash/echo}
 * redirect to {@code /flash/page}, which renders them; {@code /flash/hop} redirects without
 * messages of its own. Exempt from CSRF: the CSRF tests cover that.
 */
@View("/flash/{action}")
@CsrfExempt
public class FlashView {

    @PathParam("action")
    String action;

    @POST
    public Result post(@FormParam("text") String text) {
        return switch (action) {
            case "save" -> Result.redirect("/flash/page").flash("saved", "Your address was saved");
            case "echo" -> Result.redirect(FlashView.class, "page").flash("echo", text);
            case "oversized" -> {
                try {
                    yield Result.redirect("/flash/page").flash("big", "x".repeat(Flash.MAX_BYTES + 1));
                } catch (IllegalArgumentException e) {
                    yield Result.text("refused: " + e.getMessage()).status(500);
                }
            }
            default -> Result.notFound();
        };
    }

    @GET
    public Result get() {
        return switch (action) {
            case "page" -> Result.render("/WEB-INF/flash.jsp");
            case "hop" -> Result.redirect("/flash/page");
            default -> Result.notFound();
        };
    }
}
