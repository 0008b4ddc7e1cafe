package org.freshview.bench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * The rendered page's data for the raw servlet ({@link PageServlet}) and for Jakarta MVC
 * ({@link PageController}, as a {@code @BeanParam}): the path value and 20 query fields, which
 * {@code /WEB-INF/views/page.jsp} shows as a pre-filled form. {@link PageView} holds the same
 * fields itself.
 */
public class PageForm {

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

    public PageForm() {
    }

    /** The servlet's way: every value read from the request by hand. */
    PageForm(HttpServletRequest request) {
        p = Echo.lastSegment(request);
        f0 = request.getParameter("f0");
        f1 = request.getParameter("f1");
        f2 = request.getParameter("f2");
        f3 = request.getParameter("f3");
        f4 = request.getParameter("f4");
        f5 = request.getParameter("f5");
        f6 = request.getParameter("f6");
        f7 = request.getParameter("f7");
        f8 = request.getParameter("f8");
        f9 = request.getParameter("f9");
        f10 = request.getParameter("f10");
        f11 = request.getParameter("f11");
        f12 = request.getParameter("f12");
        f13 = request.getParameter("f13");
        f14 = request.getParameter("f14");
        f15 = request.getParameter("f15");
        f16 = request.getParameter("f16");
        f17 = request.getParameter("f17");
        f18 = request.getParameter("f18");
        f19 = request.getParameter("f19");
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
