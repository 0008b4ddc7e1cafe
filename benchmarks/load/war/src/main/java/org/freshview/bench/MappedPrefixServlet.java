package org.freshview.bench;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Maps {@link MappedEchoView}'s prefix to a servlet. Freshview's filter answers the view's URLs
 * before any servlet runs; whatever it does not claim comes here and goes on to the default
 * servlet, as it would have without this mapping.
 */
@WebServlet("/mapped/*")
public class MappedPrefixServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        getServletContext().getNamedDispatcher("default").forward(request, response);
    }
}
