package org.freshview.bench;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * {@link PageView}'s page from a raw servlet: reads the 21 values by hand, makes a CSRF token the
 * way Jakarta MVC's cookie strategy does (a random UUID in a cookie) and forwards to the same JSP.
 */
@WebServlet("/page/servlet/*")
public class PageServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name()); // as Freshview does for a view
        }
        PageForm form = new PageForm(request);
        Echo.work();
        String token = UUID.randomUUID().toString();
        Cookie cookie = new Cookie("XSRF-TOKEN", token);
        cookie.setPath(request.getContextPath());
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
        request.setAttribute("view", form); // the name Freshview gives a view
        request.setAttribute("csrf", new PageToken("_csrf", token));
        request.getRequestDispatcher("/WEB-INF/views/page.jsp").forward(request, response);
    }
}
