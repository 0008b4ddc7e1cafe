package org.freshview.it.views;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.freshview.Result;
import org.freshview.View;

import java.util.List;

/** One page, rendered by the engine the path names: JSP, Thymeleaf or jte (ViewEnginesIT). */
@View("/engines/{engine}")
public class EnginesView {

    @PathParam("engine")
    String engine;

    @QueryParam("title")
    @DefaultValue("Orders")
    String title;

    @GET
    public Result show() {
        return switch (engine) {
            case "jsp" -> Result.render("/WEB-INF/engines/page.jsp");
            case "thymeleaf" -> Result.render("engines/page.html");
            case "jte" -> Result.render("engines/page.jte");
            default -> Result.render(engine + ".unclaimed"); // computed: no engine, a 500 at run time
        };
    }

    @POST
    public String save(@FormParam("title") String posted) {
        return "saved " + posted;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getRows() {
        return List.of("first", "second & third");
    }
}
