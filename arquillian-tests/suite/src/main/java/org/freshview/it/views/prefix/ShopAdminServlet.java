package org.freshview.it.views.prefix;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** A servlet mapped under a view's prefix by a longer path prefix. */
@WebServlet("/shop/admin/*")
public class ShopAdminServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write("admin " + request.getPathInfo());
    }
}
