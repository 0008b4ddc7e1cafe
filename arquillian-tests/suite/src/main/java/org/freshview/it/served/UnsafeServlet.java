package org.freshview.it.served;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

@WebServlet("/served/unsafe-servlet")
public class UnsafeServlet extends HttpServlet {

    private String query;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        query = request.getQueryString();
        response.getWriter().write("query=" + query);
    }
}
