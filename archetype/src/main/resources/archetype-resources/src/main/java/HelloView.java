package ${package};

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.freshview.Result;
import org.freshview.View;

/**
 * GET /hello/Ada renders WEB-INF/views/hello.jsp with "Hello, Ada!"; GET /hello/Ada?greeting=Hi
 * with "Hi, Ada!".
 *
 * <p>The request's values live in fields. That is safe here: Freshview makes a new HelloView
 * for every request (a view is request scoped), and fails the deployment if a view could be
 * shared. The annotation processor also writes {@code HelloViewLinks}, whose
 * {@code uri(name)} builds this view's URL; the JSP uses it.
 */
@View("/hello/{name}")
public class HelloView {

    @PathParam("name")
    String name;

    @QueryParam("greeting")
    @DefaultValue("Hello")
    String greeting;

    @GET
    public Result show() {
        return Result.render("/WEB-INF/views/hello.jsp"); // the page reads ${view.message}
    }

    public String getMessage() {
        return greeting + ", " + name + "!";
    }

    public String getName() {
        return name;
    }
}
