package org.freshview.bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.freshview.Result;
import org.freshview.View;

/**
 * The rendered page as a Freshview view: the path value and 20 query fields bound into fields,
 * then {@code /WEB-INF/views/page.jsp}, which reads them as {@code view} and shows the CSRF
 * token Freshview issues for a rendered page. {@link PageController} (Jakarta MVC) and
 * {@link PageServlet} render the same JSP from the same values. Not {@code @Named}: in a JSP
 * the CDI container's EL resolver answers a bean's name before the request attributes do (on
 * WildFly), so the servlet's and MVC's request attribute of that name would read this bean.
 */
@View("/page/view/{p}")
public class PageView {

    @PathParam("p")
    String p;

    @QueryParam("f0")
    String f0;

    @QueryParam("f1")
    String f1;

    @QueryParam("f2")
    String f2;

    @QueryParam("f3")
    String f3;

    @QueryParam("f4")
    String f4;

    @QueryParam("f5")
    String f5;

    @QueryParam("f6")
    String f6;

    @QueryParam("f7")
    String f7;

    @QueryParam("f8")
    String f8;

    @QueryParam("f9")
    String f9;

    @QueryParam("f10")
    String f10;

    @QueryParam("f11")
    String f11;

    @QueryParam("f12")
    String f12;

    @QueryParam("f13")
    String f13;

    @QueryParam("f14")
    String f14;

    @QueryParam("f15")
    String f15;

    @QueryParam("f16")
    String f16;

    @QueryParam("f17")
    String f17;

    @QueryParam("f18")
    String f18;

    @QueryParam("f19")
    String f19;

    @GET
    public Result show() {
        Echo.work();
        return Result.render("/WEB-INF/views/page.jsp");
    }

    public String getP() {
        return p;
    }

    public String getF0() {
        return f0;
    }

    public String getF1() {
        return f1;
    }

    public String getF2() {
        return f2;
    }

    public String getF3() {
        return f3;
    }

    public String getF4() {
        return f4;
    }

    public String getF5() {
        return f5;
    }

    public String getF6() {
        return f6;
    }

    public String getF7() {
        return f7;
    }

    public String getF8() {
        return f8;
    }

    public String getF9() {
        return f9;
    }

    public String getF10() {
        return f10;
    }

    public String getF11() {
        return f11;
    }

    public String getF12() {
        return f12;
    }

    public String getF13() {
        return f13;
    }

    public String getF14() {
        return f14;
    }

    public String getF15() {
        return f15;
    }

    public String getF16() {
        return f16;
    }

    public String getF17() {
        return f17;
    }

    public String getF18() {
        return f18;
    }

    public String getF19() {
        return f19;
    }
}
