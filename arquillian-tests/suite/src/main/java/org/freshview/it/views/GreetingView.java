package org.freshview.it.views;

import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import org.freshview.Result;
import org.freshview.View;

/** Renders a JSP that reads the view's fields through EL, as {@code view} and by its CDI name. */
@View("/greeting")
@Named("greeter")
public class GreetingView {

    @QueryParam("name")
    String name;

    private String greeting;

    @GET
    public Result show() {
        greeting = "Hello " + name;
        return Result.render("/WEB-INF/greeting.jsp");
    }

    public String getGreeting() {
        return greeting;
    }
}
