package org.freshview.bench;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.mvc.security.Csrf;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * {@link PageView}'s page from Jakarta MVC (Eclipse Krazo on RESTEasy, WildFly only): the same
 * values as a {@code @BeanParam}, the same JSP ({@code page.jsp} in MVC's default view folder
 * {@code /WEB-INF/views/}), and Krazo's CSRF token (the cookie strategy {@link RestApplication} sets).
 */
@Path("/krazo/{p}")
@Controller
@RequestScoped
public class PageController {

    @Inject
    Models models;

    @Inject
    MvcContext mvc;

    @GET
    public String show(@BeanParam PageForm form) {
        Echo.work();
        models.put("view", form); // the name Freshview gives a view
        Csrf csrf = mvc.getCsrf();
        models.put("csrf", new PageToken(csrf.getName(), csrf.getToken()));
        return "page.jsp";
    }
}
